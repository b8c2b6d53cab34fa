package io.roiassay.engine.assess;

import io.roiassay.engine.Examples;
import io.roiassay.engine.caseio.CaseReader;
import io.roiassay.engine.report.Report;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The confidence follows the spread of the draws (verdict/confidence-spread.drl): a grade the draws rarely reach is
 * a verdict at the edge of its band, whatever the evidence says.
 */
class ConfidenceSpreadTest {

    /**
     * An all-in quote of 90,000 a year whose adjusted ROI lands just above the strong band (review case c3, 100.47 %),
     * with a cost range skewed up: strong in 17.9 % of the draws (31.45 % with the profile's default range, 0.90–1.20).
     */
    private static final String EDGE = """
            format: roi-assay/case-1
            id: edge
            currency: CNY
            company: {industry: technology, employees: 45, annualRevenue: 30000000, grossMarginRate: 0.22}
            deployment: {model: saas, licensedUsers: 25, activeUsers: 24}
            horizon: {years: 3}
            costCoverage: all-in
            costs:
              - {id: package, category: subscription, amount: 90000, recurrence: annual, endYear: 1, timing: advance}
            benefits:
              - {id: win-rate-profit, basis: gross-profit, amount: 160000, recurrence: annual, source: estimated}
              - {id: admin-time, basis: time-saved, hours: 2400, recurrence: annual, source: estimated}
            uncertainty:
              costScale: [0.95, 1.0, 1.27] # the case's own range: its cost may run 27 % over the adjusted figure
            """;

    private static Report assess(AssessOptions options) throws Exception {
        return Examples.assay().engine().assess(new CaseReader().read(EDGE, "edge.yaml", false), "en", options);
    }

    @Test
    void aStrongGradeTheDrawsReachInFewerThan30Percent_hasLowConfidence_sayingWhy() throws Exception {
        Report r = assess(AssessOptions.DEFAULT);
        assertThat(r.verdict().grade()).isEqualTo("strong");
        assertThat(r.uncertainty().grades().get("strong")).isEqualByComparingTo("0.179");
        assertThat(r.verdict().confidence()).isEqualTo("low");
        assertThat(r.verdict().confidenceReason()).startsWith("the verdict's grade comes out in fewer than 30% of the"
                + " Monte Carlo draws");
    }

    @Test
    void withoutDraws_theSpreadSaysNothing_andTheEvidenceDecides() throws Exception {
        Report r = assess(AssessOptions.NO_DRAWS);
        assertThat(r.verdict().grade()).isEqualTo("strong");
        assertThat(r.verdict().confidence()).isEqualTo("medium"); // the value rests on projections (not observed)
    }
}
