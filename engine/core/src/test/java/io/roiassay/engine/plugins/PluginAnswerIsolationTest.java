package io.roiassay.engine.plugins;

import io.roiassay.engine.RoiAssay;
import io.roiassay.engine.report.Report;
import io.roiassay.engine.report.ReportFinding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plugin answers are copied and checked on the plugin's own time-limited thread: a list that blocks when
 * read, a number subclass that lies, a value with a billion decimal places, an exception whose message blocks,
 * and a plugin in a folder named {@code class-path} all end as {@code plugin/failed} findings, never as a hang
 * or a wrong report.
 */
class PluginAnswerIsolationTest {

    private static final List<String> HOSTILE = List.of("acme-blocking-list", "acme-lying-number", "acme-tiny",
            "acme-sleeps", "acme-sly-exception");

    @TempDir
    static Path plugins;

    private static Report report;

    @BeforeAll
    static void assess() throws Exception {
        PluginJarBuilder.build("acme-blocking-list", plugins);
        PluginJarBuilder.build("acme-lying-number", plugins);
        PluginJarBuilder.build("acme-tiny", plugins);
        PluginJarBuilder.build("acme-sly-exception", plugins);
        // A sub-folder named like the origin of the built-in plugins must still be isolated and time-limited.
        Files.createDirectories(plugins.resolve("class-path"));
        PluginJarBuilder.build("acme-sleeps", plugins.resolve("class-path"));
        RoiAssay assay = RoiAssay.builder().pluginsDir(plugins).pluginTimeLimit(Duration.ofMillis(300)).build();
        report = assay.assess(assay.reader().read(HostilePlugins.caseYaml(HOSTILE), "hostile.yaml", false));
    }

    private static String failure(String plugin) {
        return report.findings().stream().filter(f -> f.code().equals("plugin/failed"))
                .filter(f -> plugin.equals(f.evidence().get("plugin")))
                .map(f -> f.evidence().get("kind") + ": " + f.evidence().get("detail")).findFirst().orElse("none");
    }

    @Test
    void listThatBlocksWhenRead_timesOutOnThePluginsThread() {
        assertThat(failure("acme-blocking-list")).isEqualTo("timeout: no answer within 300 ms");
    }

    @Test
    void numberSubclassWithLyingAbs_isRefused() {
        assertThat(failure("acme-lying-number")).isEqualTo("invalid: line 'member-profit' is a "
                + "com.acme.acmelyingnumber.LyingNumberMetrics$Lying, not a plain java.math.BigDecimal");
        assertThat(report.benefitLines()).noneMatch(l -> l.source().startsWith("plugin:acme-lying-number"));
    }

    @Test
    void valueWithBillionDecimalPlaces_isRefusedNotFatal() {
        assertThat(failure("acme-tiny")).isEqualTo("invalid: line 'member-profit' has 1 digits and scale 999999999"
                + " (at most 64 of each)");
        assertThat(report.verdict().grade()).isNotBlank();
    }

    @Test
    void exceptionWhoseMessageBlocks_isDescribedUnderTheTimeLimit() {
        // Its message and text block, and its causes loop: only what the JVM knows of it (the class) is told.
        assertThat(failure("acme-sly-exception")).isEqualTo("threw: Sly (its message could not be read within 300 ms)");
    }

    @Test
    void pluginInFolderNamedClassPath_isStillTimeLimited() {
        assertThat(failure("acme-sleeps")).isEqualTo("timeout: no answer within 300 ms");
    }

    @Test
    void everyHostilePlugin_endsAsOneFinding() {
        assertThat(report.findings()).filteredOn(f -> f.code().equals("plugin/failed"))
                .extracting(ReportFinding::evidence).extracting(e -> e.get("plugin"))
                .containsExactlyInAnyOrderElementsOf(HOSTILE);
    }
}
