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

    @Test
    void strongOnlyBecauseOfTheVendorsBenchmark_isGradedOnTheCompanysOwnEvidence() throws Exception {
        // a practitioner's review (logistics case): PV costs = 132,000 now (implementation 80,000, staff 25,000 and
        // change 15,000, estimated: × 1.10) + 110,250 a year (subscription 100,000 and admin 5,000, contracted:
        // × 1.05) × 2.4868520 = 406,175.43. Measured saving 200,000 × 0.95 = 190,000 a year, PV 472,501.88: NPV
        // without the benchmark 66,326.45, ROI 16.33 % (positive); with the benchmark 114.05 % (strong)
        Report r = Examples.assay().engine().assess(new CaseReader().read("""
                format: roi-assay/case-1
                id: benchmark-decides-strong
                currency: USD
                company: { industry: logistics, employees: 300, annualRevenue: 80000000, grossMarginRate: 0.20 }
                deployment: { model: saas, licensedUsers: 80, activeUsers: 72 }
                horizon: { years: 3 }
                costs:
                  - { id: subscription, category: subscription, amount: 100000, recurrence: annual }
                  - { id: implementation, category: implementation, amount: 80000, includes: [data-migration, integration, training] }
                  - { id: staff, category: internal-staff, amount: 25000 }
                  - { id: change, category: change-management, amount: 15000 }
                  - { id: admin, category: maintenance, amount: 5000, recurrence: annual }
                benefits:
                  - { id: own-measured-saving, basis: cost-saving, amount: 200000, recurrence: annual, source: measured }
                  - { id: vendor-benchmark-profit, basis: gross-profit, amount: 260000, recurrence: annual, source: vendor-benchmark }
                """, "benchmark.yaml", false), "en", AssessOptions.NO_DRAWS);

        assertThat(r.financials().adjusted().roiPercent()).isEqualByComparingTo("114.05");
        assertThat(r.financials().adjusted().pvCosts()).isEqualByComparingTo("406175.43");
        assertThat(r.verdict().grade()).isEqualTo("positive");
        assertThat(r.verdict().rule().name()).isEqualTo("Grade positive: only the vendor's benchmarks make it strong");
        assertThat(r.verdict().headline()).endsWith("Graded positive, not strong: without the vendor's benchmarks the"
                + " discounted ROI would be 16.33%, and a vendor's benchmark is never the main basis of a verdict.");
    }
}
