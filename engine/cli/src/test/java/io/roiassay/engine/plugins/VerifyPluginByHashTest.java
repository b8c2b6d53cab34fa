package io.roiassay.engine.plugins;

import io.roiassay.engine.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code assay verify} matches a plugin by its jar's hash, not by the folder it was loaded from. */
class VerifyPluginByHashTest {

    private static final Path ACME = Path.of("../..").toAbsolutePath().normalize().resolve("examples/acme-retail.yaml");

    @TempDir
    Path dir;

    private Path savedReportWithPluginIn(Path plugins) {
        PluginJarBuilder.build("acme-loyalty", plugins);
        Path report = dir.resolve("report.json");
        CliRun run = CliRun.of("assess", ACME.toString(), "--plugins", plugins.toString(), "--out", report.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return report;
    }

    @Test
    void verify_sameJarInAnotherFolder_reproducesAndNamesTheMove() throws Exception {
        Path first = dir.resolve("first");
        Path report = savedReportWithPluginIn(first);
        Path second = dir.resolve("second");
        Files.createDirectories(second);
        Files.copy(first.resolve("acme-loyalty.jar"), second.resolve("acme-loyalty.jar"));

        CliRun run = CliRun.of("verify", report.toString(), ACME.toString(), "--plugins", second.toString());

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).startsWith("REPRODUCED: ").contains("matched by sha256")
                .contains("  acme-loyalty: " + first.resolve("acme-loyalty.jar") + " -> " + second.resolve("acme-loyalty.jar") + "\n");
    }

    @Test
    void verify_differentJarUnderTheSameName_doesNotReproduce() throws Exception {
        Path first = dir.resolve("first");
        Path report = savedReportWithPluginIn(first);
        Path second = dir.resolve("second");
        Files.createDirectories(second);
        byte[] jar = Files.readAllBytes(first.resolve("acme-loyalty.jar"));
        // Same classes, one more (ignored) entry: another jar, so another hash.
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(second.resolve("acme-loyalty.jar")));
             var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(jar))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new java.util.zip.ZipEntry("NOTE.txt"));
            out.write("rebuilt".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }

        CliRun run = CliRun.of("verify", report.toString(), ACME.toString(), "--plugins", second.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("NOT REPRODUCED: ").contains("provenance.plugins[acme-loyalty].jarHash");
    }
}
