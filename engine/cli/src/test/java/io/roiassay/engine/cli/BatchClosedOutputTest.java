package io.roiassay.engine.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code assay batch cases.jsonl | head -1}: the reader closes standard output early. The batch stops with one line
 * saying so and exit 1 (the spec's "anything unexpected": no report was lost by the tool, but not every report was
 * delivered either), never "unexpected error: java.io.IOException: Broken pipe"; with {@code --output both} the
 * summary file is not written, as for any failed batch.
 */
class BatchClosedOutputTest {

    @Test
    void readerClosingStandardOutputEarly_stopsTheBatchWithOneLine(@TempDir Path dir) throws Exception {
        String line = Files.readAllLines(Fixtures.ROOT.resolve("examples/batch/examples.jsonl"), StandardCharsets.UTF_8).get(0);
        Path cases = Files.write(dir.resolve("cases.jsonl"), Collections.nCopies(400, line), StandardCharsets.UTF_8);
        Path summary = dir.resolve("summary.csv");
        Path err = dir.resolve("err.txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                "io.roiassay.engine.cli.Cli", "batch", cases.toString(), "--jobs", "1", "--output", "both",
                "--summary", summary.toString()));
        Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
        try (InputStream reports = p.getInputStream()) {
            assertThat(reports.readNBytes(1000)).hasSize(1000); // what `head -c 1000` reads, then it goes away
        }
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(stderr).isEqualTo(1);
        assertThat(stderr).contains("assay: standard output was closed before the batch ended (Broken pipe), so the batch stopped")
                .doesNotContain("unexpected error").doesNotContain("IOException");
        assertThat(summary).doesNotExist();
    }
}
