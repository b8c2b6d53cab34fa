package io.roiassay.engine.assess;

import io.roiassay.engine.Examples;
import io.roiassay.engine.caseio.CaseReader;
import io.roiassay.engine.report.Report;
import io.roiassay.engine.report.ReportFinding;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An implementation fee often covers data migration, the first training and standard integration: beside an
 * implementation line that does not list them in its includes, the estimate stands (nothing says it is covered)
 * but the message asks to confirm and says how to stop the estimate; with includes, nothing is estimated.
 */
class HiddenCostBesideImplementationTest {

    private static final String CASE = """
            format: roi-assay/case-1
            id: beside
            currency: USD
            company: {industry: retail, employees: 300, grossMarginRate: 0.3}
            deployment: {model: saas}
            costs:
              - {category: subscription, amount: 100000, recurrence: annual}
              IMPLEMENTATION
              - {category: maintenance, amount: 5000, recurrence: annual}
              - {category: internal-staff, amount: 5000, recurrence: annual}
              - {category: change-management, amount: 5000, recurrence: once}
            benefits:
              - {basis: gross-profit, amount: 200000, recurrence: annual, source: measured}
            """;

    private static Report assess(String implementation) throws Exception {
        return Examples.assay().engine().assess(new CaseReader().read(CASE.replace("IMPLEMENTATION", implementation),
                "beside.yaml", false), "en");
    }

    private static ReportFinding finding(Report r, String code) {
        return r.findings().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void besideAnImplementationLine_theEstimateStands_andTheMessageAsksToConfirm() throws Exception {
        Report r = assess("- {category: implementation, amount: 80000, recurrence: once}");
        ReportFinding migration = finding(r, "hidden-cost/data-migration");
        assertThat(migration.message()).startsWith("No data migration or cleansing cost was entered, and the implementation"
                + " line does not say it includes it.").contains("list data-migration in that line's includes");
        // 0.15 × one year of subscription (100,000), the retail profile's once-off ratio for data migration
        assertThat(migration.estimate()).isEqualByComparingTo("15000.00");
        assertThat(finding(r, "hidden-cost/training").message()).contains("the implementation line does not say it includes it");
    }

    @Test
    void withoutAnImplementationLine_theUsualMessage() throws Exception {
        Report r = assess("- {category: consulting, amount: 1000, recurrence: once}");
        assertThat(finding(r, "hidden-cost/data-migration").message())
                .startsWith("No data migration or cleansing cost was entered. Moving and cleaning");
    }

    @Test
    void anImplementationLineThatIncludesThem_stopsTheEstimates() throws Exception {
        Report r = assess("- {category: implementation, amount: 80000, recurrence: once, includes: [data-migration, training, integration]}");
        assertThat(r.findings()).extracting(ReportFinding::code)
                .doesNotContain("hidden-cost/data-migration", "hidden-cost/training", "hidden-cost/integration");
    }
}
