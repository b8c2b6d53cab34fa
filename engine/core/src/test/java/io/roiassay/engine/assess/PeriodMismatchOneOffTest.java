package io.roiassay.engine.assess;

import io.roiassay.engine.Examples;
import io.roiassay.engine.caseio.CaseReader;
import io.roiassay.engine.report.Report;
import io.roiassay.engine.report.ReportFinding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A period mismatch on a line that also covers one-off work: the line is continued at its last yearly amount as
 * any other (the known fix), but that amount holds the one-off work its {@code includes} name, so the finding
 * says the corrected cost is an upper bound and asks for the yearly fee on its own.
 */
class PeriodMismatchOneOffTest {

    private static Report assess(String includes, String lang) throws Exception {
        String yaml = """
                format: roi-assay/case-1
                id: package
                currency: USD
                costCoverage: all-in
                company: {industry: retail, employees: 300, grossMarginRate: 0.3}
                deployment: {model: saas}
                horizon: {years: 3}
                costs:
                  - {id: package, category: subscription, amount: 90000, recurrence: annual, endYear: 1%s}
                benefits:
                  - {basis: gross-profit, amount: 60000, recurrence: annual, source: measured}
                """.formatted(includes);
        return Examples.assay().engine().assess(new CaseReader().read(yaml, "package.yaml", false), lang,
                AssessOptions.NO_DRAWS);
    }

    private static ReportFinding mismatch(Report r) {
        return r.findings().stream().filter(f -> f.code().equals("mistake/period-mismatch")).findFirst().orElseThrow();
    }

    @Test
    void packageCoveringOneOffWork_isContinued_andTheFindingSaysTheContinuationIsAnUpperBound() throws Exception {
        Report r = assess(", includes: [training, implementation, maintenance]", "en");

        ReportFinding f = mismatch(r);
        assertThat(f.rule().name()).isEqualTo("Recurring costs stop before the benefits, on a line that also covers one-off work");
        // maintenance recurs: only the one-off categories are named, sorted
        assertThat(f.evidence()).containsEntry("categories", List.of("implementation", "training"))
                .containsEntry("costLines", List.of("costs[0]"));
        assertThat(f.message()).endsWith("The cost is continued at its last yearly amount, but costs[0] also covers"
                + " one-off work (implementation, training), which that amount holds and the continuation repeats every"
                + " year: the corrected cost is an upper bound. Give the yearly fee on its own (a separate line or a"
                + " schedule) for a closer figure.");
        // still corrected, as the known fix: 90,000 × 2 more years
        assertThat(r.financials().adjustments()).anySatisfy(s -> {
            assertThat(s.step()).isEqualTo("correction");
            assertThat(s.finding()).isEqualTo("mistake/period-mismatch");
            assertThat(s.costsDelta()).isEqualByComparingTo("180000");
        });
        assertThat(assess(", includes: [training, implementation]", "zh-CN").findings().stream()
                .filter(x -> x.code().equals("mistake/period-mismatch")).findFirst().orElseThrow().message())
                .contains("还包含一次性工作（实施、培训）");
    }

    @Test
    void packageCoveringOnlyRecurringWork_getsThePlainFinding() throws Exception {
        assertThat(mismatch(assess(", includes: [maintenance]", "en")).rule().name())
                .isEqualTo("Recurring costs stop before the benefits");
        assertThat(mismatch(assess("", "en")).message()).doesNotContain("one-off");
    }
}
