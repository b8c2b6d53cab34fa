package io.roiassay.engine.plugins;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.roiassay.engine.cli.CliRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plugin-declared assumptions: listed by {@code assay plugins}, passed to the plugin when neither the case nor
 * the profile sets them, overridden by the case's {@code assumptions.values} (and then listed in the report).
 */
class PluginAssumptionsTest {

    @TempDir
    static Path dir;

    private static Path plugins;
    private static String caseText;

    @BeforeAll
    static void setUp() {
        plugins = dir.resolve("plugins");
        PluginJarBuilder.build("acme-visits", plugins);
        caseText = HostilePlugins.caseYaml(List.of("acme-visits"));
    }

    private static JsonNode assess(String text, String name) throws Exception {
        return new ObjectMapper().readTree(render(text, name, "json", "en"));
    }

    private static String render(String text, String name, String format, String lang) throws Exception {
        Path file = Files.writeString(dir.resolve(name), text);
        CliRun run = CliRun.of("assess", file.toString(), "--plugins", plugins.toString(), "--draws", "0",
                "--format", format, "--lang", lang);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out();
    }

    private static String overridden() {
        return caseText.replace("horizon:", "assumptions:\n  values: { visitsPerMember: 6 }\nhorizon:");
    }

    private static JsonNode pluginAssumption(JsonNode report, String key) {
        for (JsonNode a : report.get("profile").get("pluginAssumptions")) {
            if (a.get("key").asText().equals(key)) {
                return a;
            }
        }
        throw new AssertionError("no plugin assumption " + key + " in " + report.get("profile"));
    }

    private static JsonNode visitLine(JsonNode report) {
        for (JsonNode line : report.get("benefitLines")) {
            if (line.get("id").asText().equals("visit-profit")) {
                return line;
            }
        }
        throw new AssertionError("no visit-profit line in " + report.get("benefitLines"));
    }

    @Test
    void theDeclaredDefaultsReachThePluginWhenNothingElseSetsThem() throws Exception {
        JsonNode line = visitLine(assess(caseText, "defaults.yaml"));

        // (120 − 100) members × 4 visits × 2.50 = 200.00 a year
        assertThat(line.get("annual").decimalValue()).isEqualByComparingTo("200.00");
        assertThat(line.get("inputs").get("visitsPerMember").decimalValue()).isEqualByComparingTo("4");
    }

    @Test
    void theCasesAssumptionsValuesOverrideADefaultAndTheReportListsIt() throws Exception {
        JsonNode report = assess(overridden(), "override.yaml");

        // 20 × 6 × 2.50 = 300.00
        assertThat(visitLine(report).get("annual").decimalValue()).isEqualByComparingTo("300.00");
        assertThat(report.get("profile").get("assumptions").get("visitsPerMember").get("value").decimalValue())
                .isEqualByComparingTo("6");
    }

    @Test
    void assayPluginsListsEachAssumptionWithDefaultUnitAndSource() {
        CliRun run = CliRun.of("plugins", "--plugins", plugins.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("acme-visits 1.0.0  Store visits\n")
                .contains("  assumptions:\n"
                        + "    visitsPerMember = 4 [count, assumption] Store visits per member per year\n"
                        + "    profitPerVisit = 2.50 [currency, source: Acme retail panel 2024] Gross profit per store visit\n")
                .contains("    workWeeksPerYear = 48 [count, assumption] Work weeks per year")
                .contains("    annualHoursPerFte = 1760 [hours, assumption] Hours one full-time agent works per year");
    }

    @Test
    void theReportListsEachDeclaredDefaultThePluginUsed_withValueUnitSourceAndPlugin() throws Exception {
        JsonNode report = assess(caseText, "listed.yaml");

        JsonNode all = report.get("profile").get("pluginAssumptions");
        assertThat(all).hasSize(2);
        assertThat(all.get(0).get("key").asText()).isEqualTo("profitPerVisit"); // by plugin, then key
        JsonNode visits = pluginAssumption(report, "visitsPerMember");
        assertThat(visits.get("plugin").asText()).isEqualTo("acme-visits");
        assertThat(visits.get("value").decimalValue()).isEqualByComparingTo("4");
        assertThat(visits.get("default").decimalValue()).isEqualByComparingTo("4");
        assertThat(visits.get("unit").asText()).isEqualTo("count");
        assertThat(visits.get("source").asText()).isEqualTo("assumption");
        assertThat(visits.get("description").asText()).isEqualTo("Store visits per member per year");
        assertThat(visits.get("overridden").asBoolean()).isFalse();
        assertThat(visits.get("overriddenBy").isNull()).isTrue();
        JsonNode profit = pluginAssumption(report, "profitPerVisit");
        assertThat(profit.get("value").decimalValue()).isEqualByComparingTo("2.50");
        assertThat(profit.get("unit").asText()).isEqualTo("currency");
        assertThat(profit.get("source").asText()).isEqualTo("Acme retail panel 2024");
        assertThat(profit.get("overridden").asBoolean()).isFalse();
    }

    @Test
    void aDefaultTheCaseOverrode_isListedAsOverriddenByTheCaseWithTheDeclaredDefault() throws Exception {
        JsonNode visits = pluginAssumption(assess(overridden(), "listed-override.yaml"), "visitsPerMember");

        assertThat(visits.get("value").decimalValue()).isEqualByComparingTo("6");
        assertThat(visits.get("default").decimalValue()).isEqualByComparingTo("4");
        assertThat(visits.get("overridden").asBoolean()).isTrue();
        assertThat(visits.get("overriddenBy").asText()).isEqualTo("case");
    }

    @Test
    void markdownAndHtmlListThePluginAssumptionsInBothLanguages() throws Exception {
        String md = render(overridden(), "listed.md.yaml", "md", "en");
        assertThat(md).contains("<details><summary>Plugin assumptions used (2)</summary>")
                .contains("| acme-visits | `visitsPerMember` | 6 | count | Store visits per member per year | assumption | the case (default 4) |")
                .contains("| acme-visits | `profitPerVisit` | 2.50 | currency | Gross profit per store visit | Acme retail panel 2024 | the plugin's default |");
        String zh = render(overridden(), "listed.zh.yaml", "md", "zh-CN");
        assertThat(zh).contains("<details><summary>所用插件假设（2）</summary>")
                .contains("| acme-visits | `visitsPerMember` | 6 | 数量 | 每位会员每年到店次数 | 假设 | 案例给定（默认 4） |");
        String html = render(overridden(), "listed.html.yaml", "html", "en");
        assertThat(html).contains("<tr><td>acme-visits</td><td><code>visitsPerMember</code></td><td>6</td><td>count</td>"
                + "<td>Store visits per member per year</td><td>assumption</td><td>the case (default 4)</td></tr>");
    }
}
