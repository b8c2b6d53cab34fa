package io.roiassay.engine.plugins;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exit codes never lie: a plugin that calls {@code System.exit(0)} in {@code compute()} ends every command
 * with exit 3 and a message naming it, never a silent success; a plugin that prints to standard output
 * cannot corrupt the JSON report. Each run is a real {@code assay} process.
 */
class ExitGuardProcessTest {

    @TempDir
    static Path dir;

    private static Path exitPlugins;
    private static Path exitCase;

    @BeforeAll
    static void setUp() throws Exception {
        exitPlugins = dir.resolve("exit-plugins");
        PluginJarBuilder.build("acme-exits", exitPlugins);
        exitCase = Files.writeString(dir.resolve("exit-case.yaml"), HostilePlugins.caseYaml(List.of("acme-exits")));
    }

    private static void assertVoided(AssayProcess run) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).contains("assay: the plugin in acme-exits.jar (com.acme.acmeexits.ExitingMetrics.compute)"
                + " ended the process (System.exit) before the command finished: the result is void (exit 3)");
    }

    @Test
    void assess_pluginCallsSystemExit0_exits3WithNoReport() throws Exception {
        AssayProcess run = AssayProcess.run(dir, "assess", exitCase.toString(), "--plugins", exitPlugins.toString());
        assertVoided(run);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void assessOut_pluginCallsSystemExit0_oldReportUntouchedAndNamedAsNotWritten() throws Exception {
        Path report = Files.writeString(dir.resolve("old-report.json"), "{\"old\": true}\n");
        AssayProcess run = AssayProcess.run(dir, "assess", exitCase.toString(), "--plugins", exitPlugins.toString(),
                "--out", report.toString());
        assertVoided(run);
        assertThat(run.err()).contains("assay: " + report + " was not written by this run");
        assertThat(Files.readString(report)).isEqualTo("{\"old\": true}\n");
    }

    @Test
    void batch_pluginCallsSystemExit0_exits3() throws Exception {
        Path jsonl = Files.writeString(dir.resolve("cases.jsonl"), new ObjectMapper().writeValueAsString(
                new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(Files.readString(exitCase))) + "\n");
        Path out = dir.resolve("batch-out.jsonl");
        AssayProcess run = AssayProcess.run(dir, "batch", jsonl.toString(), "--jobs", "1", "--plugins",
                exitPlugins.toString(), "--out", out.toString());
        assertVoided(run);
        assertThat(run.err()).contains(out + " was not written by this run");
        assertThat(out).doesNotExist();
    }

    @Test
    void verify_pluginCallsSystemExit0_exits3NotReproduced() throws Exception {
        String caseJson = new ObjectMapper().writeValueAsString(
                new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(Files.readString(exitCase)));
        Path report = Files.writeString(dir.resolve("saved.json"),
                io.roiassay.engine.RoiAssay.builder().build().assessJson(caseJson));
        AssayProcess run = AssayProcess.run(dir, "verify", report.toString(), exitCase.toString(), "--plugins",
                exitPlugins.toString());
        assertVoided(run);
        assertThat(run.out()).doesNotContain("REPRODUCED");
    }

    @Test
    void rulesTest_pluginCallsSystemExit0_exits3() throws Exception {
        Path overlay = dir.resolve("overlay");
        Files.createDirectories(overlay.resolve("tests"));
        String indented = Files.readString(exitCase).lines().map(l -> "  " + l).reduce("", (a, b) -> a + b + "\n");
        Files.writeString(overlay.resolve("tests/exit.yaml"), "scenario: a plugin that exits\ncase:\n" + indented
                + "expect:\n  grade: strong\n");
        AssayProcess run = AssayProcess.run(dir, "rules", "test", overlay.toString(), "--plugins", exitPlugins.toString());
        assertVoided(run);
        assertThat(run.out()).doesNotContain("passed");
    }

    @Test
    void assess_pluginRegistersAShutdownHookThatNeverEnds_theProcessStillEndsWithItsReport() throws Exception {
        // a review's ran 13 minutes after writing its report, deaf to SIGTERM: the command ends by halting now
        Path plugins = dir.resolve("haunt-plugins");
        PluginJarBuilder.build("acme-haunts", plugins);
        Path theCase = Files.writeString(dir.resolve("haunt-case.yaml"), HostilePlugins.caseYaml(List.of("acme-haunts")));
        AssayProcess run = AssayProcess.run(dir, "assess", theCase.toString(), "--plugins", plugins.toString(),
                "--draws", "0");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(new ObjectMapper().readTree(run.out()).path("format").asText()).startsWith("roi-assay/report");
    }

    @Test
    void assess_pluginSilencesStandardErrorThenExits_theMessageStillReachesTheUser() throws Exception {
        Path plugins = dir.resolve("silence-plugins");
        PluginJarBuilder.build("acme-silences", plugins);
        Path theCase = Files.writeString(dir.resolve("silence-case.yaml"), HostilePlugins.caseYaml(List.of("acme-silences")));
        AssayProcess run = AssayProcess.run(dir, "assess", theCase.toString(), "--plugins", plugins.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).contains("assay: the plugin in acme-silences.jar (com.acme.acmesilences.SilencingMetrics.compute)"
                + " ended the process (System.exit) before the command finished: the result is void (exit 3)");
    }

    @Test
    void assess_pluginPrintsToStdout_reportStaysValidJson() throws Exception {
        Path plugins = dir.resolve("print-plugins");
        PluginJarBuilder.build("acme-prints", plugins);
        Path theCase = Files.writeString(dir.resolve("print-case.yaml"), HostilePlugins.caseYaml(List.of("acme-prints")));
        AssayProcess run = AssayProcess.run(dir, "assess", theCase.toString(), "--plugins", plugins.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.path("format").asText()).startsWith("roi-assay/report");
        assertThat(run.err()).contains("{\"hello\": \"from a plugin\"}");
    }
}
