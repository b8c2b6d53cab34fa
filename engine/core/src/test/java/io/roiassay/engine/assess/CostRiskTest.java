package io.roiassay.engine.assess;

import io.roiassay.engine.Examples;
import io.roiassay.engine.caseio.CaseReader;
import io.roiassay.engine.report.Report;
import io.roiassay.engine.report.ReportFinancials;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cost risk per line (method-practice: costs 5–10 % up, little on contracted fees, more on internal-labour
 * estimates): contracted fees at {@code riskAdjustment.costs}, every other line and the hidden-cost estimates at
 * {@code riskAdjustment.costs.estimated}, one step per factor naming its lines; the case's own figure replaces both.
 */
class CostRiskTest {

    /** A subscription (contracted), an implementation fee and staff time (estimated); all-in, so nothing is estimated. */
    private static final String CASE = """
            format: roi-assay/case-1
            id: cost-risk
            currency: USD
            costCoverage: all-in
            company: {industry: %s, employees: 300, grossMarginRate: 0.3}
            deployment: {model: saas}
            horizon: {years: 3, discountRate: 0.10}
            costs:
              - {id: subscription, category: subscription, amount: 10000, recurrence: annual}
              - {id: setup, category: implementation, amount: 20000}
              - {id: staff, category: internal-staff, amount: 5000, recurrence: annual}
            benefits:
              - {basis: gross-profit, amount: 50000, recurrence: annual, source: measured}
            %s
            """;

    private static Report assess(String industry, String extra) throws Exception {
        return Examples.assay().assess(new CaseReader().read(CASE.formatted(industry, extra), "inline.yaml", false));
    }

    private static List<ReportFinancials.Adjustment> costRisk(Report r) {
        return r.financials().adjustments().stream().filter(s -> s.step().equals("risk-costs")).toList();
    }

    @Test
    void contractedFee_takesTheContractedRate_projectWorkAndStaffTime_theEstimatedRate() throws Exception {
        Report r = assess("retail", "");
        // subscription 3 × 10,000 × 0.05 = +1,500; implementation 20,000 and staff 3 × 5,000: 35,000 × 0.10 = +3,500
        assertThat(costRisk(r)).satisfiesExactly(
                s -> {
                    assertThat(s.target()).isEqualTo("subscription"); // the line's id
                    assertThat(s.factor()).isEqualTo("1.05");
                    assertThat(s.assumption()).isEqualTo("riskAdjustment.costs");
                    assertThat(s.costsDelta()).isEqualByComparingTo("1500.00");
                    assertThat(s.rule().name()).isEqualTo("Risk adjustment of contracted fees");
                    // the lines the case enters: an estimated maintenance cost is raised in the other step (review)
                    assertThat(s.description()).isEqualTo("TEI risk adjustment: contracted fees raised (the licence,"
                            + " subscription and maintenance lines the case enters: a quoted price moves little)");
                    assertThat(s.rule().file()).isEqualTo("adjustments/risk.drl");
                },
                s -> {
                    assertThat(s.target()).isEqualTo("setup, staff");
                    assertThat(s.factor()).isEqualTo("1.10");
                    assertThat(s.assumption()).isEqualTo("riskAdjustment.costs.estimated");
                    assertThat(s.costsDelta()).isEqualByComparingTo("3500.00");
                    assertThat(s.rule().name()).isEqualTo("Risk adjustment of estimated costs");
                });
        // 65,000 entered + 5,000; period 0: 20,000 × 1.10 = 22,000; years 1-3: 10,500 + 5,500 = 16,000
        assertThat(r.financials().adjusted().totalCosts()).isEqualByComparingTo("70000.00");
        assertThat(r.financials().adjusted().periods()).extracting(p -> p.costs().toPlainString())
                .containsExactly("22000.00", "16000.00", "16000.00", "16000.00");
        assertThat((java.math.BigDecimal) r.profile().assumptions().get("riskAdjustment.costs.estimated").value())
                .isEqualByComparingTo("0.10");
    }

    @Test
    void regulatedIndustry_raisesOnlyTheEstimates() throws Exception {
        // finance: compliance work overruns project budgets (0.15); the subscription keeps 0.05
        Report r = assess("finance", "");
        assertThat(costRisk(r)).extracting(ReportFinancials.Adjustment::factor).containsExactly("1.05", "1.15");
        assertThat(costRisk(r)).extracting(s -> s.costsDelta().toPlainString()).containsExactly("1500.00", "5250.00");
    }

    @Test
    void theCasesOwnCostRisk_replacesBothRates() throws Exception {
        Report r = assess("retail", "assumptions: {riskAdjustment: {costs: 0.08}}");
        // 30,000 × 0.08 = +2,400; 35,000 × 0.08 = +2,800
        assertThat(costRisk(r)).extracting(ReportFinancials.Adjustment::factor).containsExactly("1.08", "1.08");
        assertThat(costRisk(r)).extracting(ReportFinancials.Adjustment::description).containsOnly(
                "TEI risk adjustment: costs raised by the case's own cost risk (assumptions.riskAdjustment.costs)");
        assertThat(costRisk(r)).extracting(s -> s.costsDelta().toPlainString()).containsExactly("2400.00", "2800.00");
        // set by the case: no rule behind it
        assertThat(r.profile().assumptions().get("riskAdjustment.costs.estimated").rule()).isNull();
    }

    @Test
    void alreadyRiskAdjusted_noCostRisk() throws Exception {
        Report r = assess("retail", "riskAdjusted: true");
        assertThat(costRisk(r)).isEmpty();
        assertThat(r.financials().adjusted().totalCosts()).isEqualByComparingTo("65000.00");
    }
}
