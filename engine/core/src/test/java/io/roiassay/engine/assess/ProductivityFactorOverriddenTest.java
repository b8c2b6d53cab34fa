package io.roiassay.engine.assess;

import io.roiassay.engine.Examples;
import io.roiassay.engine.caseio.CaseReader;
import io.roiassay.engine.report.Report;
import io.roiassay.engine.report.ReportFinding;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case that values freed time above the published correction factors (a practitioner's review: agents' hours at
 * 100 %, graded strong at high confidence without a word): warned, the confidence lowered, and the amount-entered
 * time line's finding states the factor it was valued at instead of claiming the default.
 */
class ProductivityFactorOverriddenTest {

    private static Report assess(String factor, String lang) throws Exception {
        String yaml = """
                format: roi-assay/case-1
                id: c8
                currency: USD
                company: {industry: healthcare, employees: 350, grossMarginRate: 0.3}
                deployment: {model: saas}
                horizon: {years: 3, discountRate: 0.08}
                costs:
                  - {category: subscription, amount: 54000, recurrence: annual}
                  - {category: implementation, amount: 70000, recurrence: once, includes: [data-migration, training, integration, change-management]}
                  - {category: internal-staff, amount: 18000, recurrence: once}
                  - {category: maintenance, amount: 5000, recurrence: annual}
                benefits:
                  - {id: agent-hours, basis: time-saved, amount: 342000, recurrence: annual, source: measured}
                  - {id: scheduler-hours, basis: time-saved, hours: 4000, recurrence: annual, source: measured}
                kpis:
                  service: {before: {satisfaction: 81}, after: {satisfaction: 85}}
                assumptions: {loadedHourlyCost: 38%s}
                """.formatted(factor);
        return Examples.assay().engine().assess(new CaseReader().read(yaml, "c8.yaml", false), lang, AssessOptions.NO_DRAWS);
    }

    private static ReportFinding finding(Report r, String code) {
        return r.findings().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void timeAtFullSalary_isWarned_lowersTheConfidence_andTheCashFindingSaysTheFactorUsed() throws Exception {
        Report r = assess(", productivityFactors: {unspecified: 1.0}", "en");

        ReportFinding f = finding(r, "data/productivity-factor-overridden");
        assertThat(f.severity()).isEqualTo("warning");
        assertThat(f.evidence()).containsEntry("role", "unspecified");
        assertThat((BigDecimal) f.evidence().get("factor")).isEqualByComparingTo("1.0");
        assertThat((BigDecimal) f.evidence().get("cap")).isEqualByComparingTo("0.9");
        assertThat(f.message()).startsWith("The case sets assumptions.productivityFactors.unspecified to 1.0, above the"
                + " 0.9 that research lets freed time turn into paid work");
        assertThat(r.verdict().confidence()).isEqualTo("medium");
        assertThat(r.verdict().confidenceReason()).isEqualTo("the case values freed staff time above the published"
                + " productivity factors (data/productivity-factor-overridden).");
        assertThat(finding(r, "mistake/time-saved-as-cash").message()).endsWith("Meanwhile the amount is counted at a"
                + " factor of 1.0, the one for time whose staff the case does not name (productivityFactor.unspecified).");
        assertThat(r.recommendations()).anySatisfy(x -> {
            assertThat(x.code()).isEqualTo("count-time-where-it-pays");
            assertThat(x.because()).contains("data/productivity-factor-overridden", "mistake/time-saved-as-cash");
        });
        assertThat(finding(assess(", productivityFactors: {unspecified: 1.0}", "zh-CN"), "data/productivity-factor-overridden")
                .message()).startsWith("案例把 assumptions.productivityFactors.unspecified 设为 1.0，高于研究认可的");
    }

    @Test
    void theDefaultFactor_raisesNothing_andTheCashFindingStatesHalf() throws Exception {
        Report r = assess("", "en");
        assertThat(r.findings()).noneMatch(f -> f.code().equals("data/productivity-factor-overridden"));
        assertThat(finding(r, "mistake/time-saved-as-cash").message()).contains("counted at a factor of 0.50,");
        assertThat(r.verdict().confidence()).isEqualTo("high");
    }
}
