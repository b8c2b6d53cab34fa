package io.roiassay.engine.assess;

import io.roiassay.engine.Examples;
import io.roiassay.engine.caseio.CaseReader;
import io.roiassay.engine.report.Report;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A vendor's benchmark is "never the main basis of a verdict" (method-practice.md): a case that pays only because
 * of its vendor-benchmark lines is unproven, however small their share (a review found one graded positive with
 * the benchmark 47 % of the value, under the 50 % of mistake/vendor-benchmark-as-measured).
 */
class VendorBenchmarkVerdictTest {

    private static Report assess(String measured, String vendor) throws Exception {
        String yaml = """
                format: roi-assay/case-1
                id: vendor-decisive
                currency: USD
                company: { industry: technology, employees: 60, grossMarginRate: 0.6 }
                deployment: { model: saas }
                horizon: { years: 3 }
                costCoverage: all-in
                costs:
                  - { id: sub, category: subscription, amount: 50000, recurrence: annual }
                  - { id: impl, category: implementation, amount: 30000 }
                benefits:
                  - { id: measured-gp, basis: gross-profit, amount: %s, recurrence: annual, source: measured }
                  - { id: vendor-gp, basis: gross-profit, amount: %s, recurrence: annual, source: vendor-benchmark }
                """.formatted(measured, vendor);
        return Examples.assay().engine().assess(new CaseReader().read(yaml, "vendor.yaml", false), "en",
                AssessOptions.NO_DRAWS);
    }

    @Test
    void positiveOnlyBecauseOfTheVendorsBenchmark_isUnproven() throws Exception {
        Report r = assess("45000", "40000");

        // PV costs: the implementation 30,000 × 1.10 (estimated) + the subscription 52,500 (50,000 × 1.05, contracted)
        // × 2.486852 (3 years at 10 %) = 33,000 + 130,559.73 = 163,559.73. Measured: 42,750 a year, PV 106,313.93;
        // the benchmark 40,000 × ramp 0.50/0.85/1.00 × 0.80, PV 61,065.86: NPV 3,820.06 with it, −57,245.80 without
        assertThat(r.financials().adjusted().npv()).isEqualByComparingTo("3820.06");
        assertThat(r.verdict().grade()).isEqualTo("unproven");
        assertThat(r.verdict().rule().name()).isEqualTo("Unproven: the return rests on vendor benchmarks");
        assertThat(r.verdict().headline()).startsWith("Unproven: the adjusted NPV of 3,820.06 USD (discounted ROI 2.34%)"
                + " is above zero only because of the vendor's benchmarks");
    }

    @Test
    void payingOnItsOwnEvidence_isGradedAsUsual_withTheBenchmarkOnTop() throws Exception {
        // measured 70,000 × 0.95 = 66,500 a year, PV 165,375.66 > PV costs 163,559.73: positive without the benchmark
        Report r = assess("70000", "40000");

        assertThat(r.verdict().grade()).isIn("positive", "strong");
        assertThat(r.verdict().rule().name()).startsWith("Grade ");
    }
}
