package io.roiassay.engine.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The probe: a 150 % retention rate is refused (exit 2, field path) instead of assessed. */
class KpiRangeCliTest {

    @TempDir
    Path tmp;

    private Path caseWithRetention(String after) throws Exception {
        Path file = tmp.resolve("retention-" + after + ".yaml");
        Files.writeString(file, """
                format: roi-assay/case-1
                id: retention-probe
                currency: USD
                company: { industry: retail, grossMarginRate: 0.4 }
                horizon: { years: 3 }
                costs:
                  - { id: subscription, category: subscription, amount: 50000, recurrence: annual }
                kpis:
                  service:
                    source: measured
                    before: { retentionRate: 80, customers: 20000, customerAnnualValue: 900 }
                    after:  { retentionRate: %s, customers: 20000, customerAnnualValue: 900 }
                """.formatted(after));
        return file;
    }

    @Test
    void aRetentionRateOf150PercentIsRefusedWithItsFieldPathAndNoReport() throws Exception {
        Path out = tmp.resolve("never.json");

        CliRun run = CliRun.of("assess", caseWithRetention("150").toString(), "--out", out.toString(), "--draws", "0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("the case has 1 error:")
                .contains("retention-150.yaml:12:15: kpis.service.after.retentionRate: 150 is above the maximum 100"
                        + " (a percentage, written 0..100)");
        assertThat(run.err()).doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    @Test
    void anOutOfRangeKpi_isReportedWithTheCasesOtherErrors_notOnlyOnceTheyAreFixed() throws Exception {
        Path file = Files.writeString(tmp.resolve("two-errors.yaml"), Files.readString(caseWithRetention("150"))
                .replace("grossMarginRate: 0.4", "grossMarginRate: 1.4"));

        CliRun run = CliRun.of("assess", file.toString(), "--draws", "0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("the case has 2 errors:").contains("company.grossMarginRate")
                .contains("kpis.service.after.retentionRate: 150 is above the maximum 100");
    }

    @Test
    void theSameCaseWithARateWithinRangeIsAssessed() throws Exception {
        CliRun run = CliRun.of("assess", caseWithRetention("95").toString(), "--draws", "0");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"id\": \"retention\"");
    }

    @Test
    void verifyRefusesTheOutOfRangeCaseToo() throws Exception {
        Path report = tmp.resolve("r.json");
        assertThat(CliRun.of("assess", caseWithRetention("95").toString(), "--out", report.toString()).exitCode()).isZero();

        CliRun run = CliRun.of("verify", report.toString(), caseWithRetention("150").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("kpis.service.after.retentionRate: 150 is above the maximum 100");
    }

    @Test
    void pluginsListsEachInputsRange() {
        CliRun run = CliRun.of("plugins", "--plugins", tmp.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("    retentionRate [percent, 0..100, higher is better] ")
                .contains("    nps [percent, -100..100, higher is better] ")
                .contains("    agents [count, >= 0] ")
                .contains("    repAdminHoursPerWeek [hours, 0..168, lower is better] ");
    }
}
