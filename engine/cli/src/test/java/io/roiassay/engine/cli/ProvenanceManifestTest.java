package io.roiassay.engine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/** The report's provenance names every rule-pack file used, its origin and hash, and the engine's build commit. */
class ProvenanceManifestTest {

    @TempDir
    Path dir;

    @Test
    void report_listsEachRuleFileWithOriginAndSha256_overlayFilesMarkedOverlay() throws Exception {
        Path overlay = Files.createDirectories(dir.resolve("my-rules/catalogue"));
        String text = "data/my-note:\n  severity: info\n  en: \"A note.\"\n  zh: \"一条说明。\"\n";
        Files.writeString(overlay.resolve("my-notes.yaml"), text);

        CliRun run = CliRun.of("assess", Fixtures.ACME.toString(), "--rules", dir.resolve("my-rules").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode p = new ObjectMapper().readTree(run.out()).path("provenance");
        assertThat(p.path("engineCommit").asText()).matches("[0-9a-f]{40}|unknown");
        JsonNode files = p.path("ruleFiles");
        JsonNode mine = null;
        int builtIn = 0;
        for (JsonNode f : files) {
            if (f.path("path").asText().equals("catalogue/my-notes.yaml")) {
                mine = f;
            } else if (f.path("origin").asText().equals("built-in")) {
                builtIn++;
            }
            assertThat(f.path("path").asText()).doesNotStartWith("tests/");
        }
        assertThat(builtIn).isEqualTo(files.size() - 1).isGreaterThan(50);
        assertThat(mine).isNotNull();
        assertThat(mine.path("origin").asText()).isEqualTo("overlay");
        assertThat(mine.path("sha256").asText()).isEqualTo("sha256:" + HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    }
}
