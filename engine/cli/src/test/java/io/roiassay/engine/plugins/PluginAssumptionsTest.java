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
        Path file = Files.writeString(dir.resolve(name), text);
        CliRun run = CliRun.of("assess", file.toString(), "--plugins", plugins.toString(), "--draws", "0");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
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
        String overridden = caseText.replace("horizon:", "assumptions:\n  values: { visitsPerMember: 6 }\nhorizon:");

        JsonNode report = assess(overridden, "override.yaml");

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
}
