package io.roiassay.engine.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Out of memory is one line, no stack trace. A rule asks for an array larger than any JVM allows, so the
 * {@link OutOfMemoryError} comes at once whatever the heap, and nothing is really allocated.
 */
class OutOfMemoryCliTest {

    @TempDir
    static Path dir;

    private static Path hungry;

    @BeforeAll
    static void overlay() throws Exception {
        hungry = dir.resolve("hungry");
        Fixtures.write(hungry.resolve("mistakes/hungry.drl"), """
                package my.rules;
                import io.roiassay.engine.facts.*;

                rule "Wants all the memory"
                    agenda-group "findings"
                when
                    CaseTotals()
                then
                    long[] all = new long[2147483647];
                end
                """);
    }

    @Test
    void assess_outOfMemory_isOneLineWithWhatToDoAndNoStackTrace() {
        CliRun run = CliRun.of("assess", Fixtures.ACME.toString(), "--rules", hungry.toString(), "--draws", "0");

        assertThat(run.exitCode()).isEqualTo(ExitCode.UNEXPECTED);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("assay: out of memory (the case, the batch line or a plugin needs more than this"
                + " JVM's heap; raise it with JAVA_OPTS=-Xmx…)\n");
    }

    @Test
    void batch_outOfMemoryInOneCase_isAnErrorRecordAndTheBatchGoesOn() throws Exception {
        Path jsonl = Fixtures.ROOT.resolve("examples/batch/examples.jsonl");

        CliRun run = CliRun.of("batch", jsonl.toString(), "--jobs", "1", "--rules", hungry.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out().lines()).hasSize((int) Files.lines(jsonl).count())
                .allMatch(l -> l.contains("roi-assay/error-1") && l.contains("needs more memory than the JVM has"));
        assertThat(run.err()).doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
    }
}
