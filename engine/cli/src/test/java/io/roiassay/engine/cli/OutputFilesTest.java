package io.roiassay.engine.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --out} never destroys an input, answers bad targets with exit 2, and honours the umask. */
class OutputFilesTest {

    @TempDir
    Path dir;

    @Test
    void assess_outIsTheInputCase_refusedAndCaseUntouched() throws Exception {
        Path theCase = Files.copy(Fixtures.ACME, dir.resolve("case.yaml"));
        String before = Files.readString(theCase);
        CliRun run = CliRun.of("assess", theCase.toString(), "--out", dir.resolve("./case.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("is the input").contains("give another file");
        assertThat(Files.readString(theCase)).isEqualTo(before);
    }

    @Test
    void batch_summaryIsTheInput_refusedNamingSummary_notOut() throws Exception {
        Path input = Files.copy(Fixtures.ROOT.resolve("examples/batch/examples.jsonl"), dir.resolve("cases.jsonl"));
        String before = Files.readString(input);
        CliRun run = CliRun.of("batch", input.toString(), "--output", "both", "--out", dir.resolve("r.jsonl").toString(),
                "--summary", input.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--summary " + input + " is the input").doesNotContain("--out " + input);
        assertThat(Files.readString(input)).isEqualTo(before);
    }

    @Test
    void assess_outTheSystemRefuses_exit1NamingTheFile_notATemporaryOne() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/full")), "no /dev/full");
        CliRun run = CliRun.of("assess", Fixtures.ACME.toString(), "--out", "/dev/full");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("assay: cannot write /dev/full: No space left on device")
                .doesNotContain("unexpected error").doesNotContain(".tmp");
    }

    @Test
    void assess_outEmpty_exit2() {
        CliRun run = CliRun.of("assess", Fixtures.ACME.toString(), "--out", "");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("assay: --out is empty; give the name of a file to write");
    }

    @Test
    void standardOutputThatFails_isAnError_notASilentSuccess() throws Exception {
        java.io.PrintStream broken = new java.io.PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }
        }, true);
        java.io.PrintStream before = System.out;
        java.io.StringWriter err = new java.io.StringWriter();
        int code;
        try {
            System.setOut(broken);
            AtomicOutput.write(null, new byte[] {'{', '}'}, broken);
            code = Cli.outputDelivered(ExitCode.OK, new java.io.PrintWriter(err, true));
        } finally {
            System.setOut(before);
        }
        assertThat(code).isEqualTo(ExitCode.UNEXPECTED);
        assertThat(err.toString()).isEqualTo("assay: cannot write the result to standard output (closed, or its disk is"
                + " full)" + System.lineSeparator());
    }

    @Test
    void assess_outIsADirectory_exit2() {
        CliRun run = CliRun.of("assess", Fixtures.ACME.toString(), "--out", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("assay: --out " + dir + " is a directory; give the name of a file to write");
    }

    @Test
    void assess_outInMissingFolder_exit2() {
        Path out = dir.resolve("no/such/folder/report.json");
        CliRun run = CliRun.of("assess", Fixtures.ACME.toString(), "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("the folder " + out.getParent() + " does not exist");
    }

    @Test
    void assess_outFile_hasTheUmaskModeNotAlways600() throws Exception {
        Path out = dir.resolve("report.json");
        assertThat(CliRun.of("assess", Fixtures.ACME.toString(), "--out", out.toString()).exitCode()).isZero();
        Path reference = Files.writeString(dir.resolve("reference.txt"), "x");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
                .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(reference)));
    }

    @Test
    void batch_directoryWithUnreadableEntries_reportsEach() throws Exception {
        Path cases = Files.createDirectories(dir.resolve("cases"));
        Files.copy(Fixtures.ACME, cases.resolve("a-good.yaml"));
        Files.createSymbolicLink(cases.resolve("b-broken.yaml"), dir.resolve("missing.yaml"));
        Files.createDirectories(cases.resolve("c-folder.yaml"));
        CliRun run = CliRun.of("batch", cases.toString(), "--jobs", "1");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out().lines()).hasSize(3);
        assertThat(run.out().lines().skip(1)).allMatch(l -> l.contains("roi-assay/error-1") && l.contains("cannot read the file"));
        assertThat(run.err()).contains("assessed 1, rejected 2");
    }

    @Test
    void batch_jsonlLineOverTheLimit_oneErrorRecordTheRestAssessed() throws Exception {
        String good = Files.readAllLines(Fixtures.ROOT.resolve("examples/batch/examples.jsonl")).get(0);
        Path jsonl = dir.resolve("big.jsonl");
        Files.writeString(jsonl, good + "\n{\"title\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}\n" + good + "\n");
        CliRun run = CliRun.of("batch", jsonl.toString(), "--jobs", "1");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out().lines().toList()).hasSize(3);
        assertThat(run.out().lines().toList().get(1)).contains("roi-assay/error-1")
                .contains("the line is longer than 2097152 bytes (2 MiB");
        assertThat(run.err()).contains("assessed 2, rejected 1");
    }
}
