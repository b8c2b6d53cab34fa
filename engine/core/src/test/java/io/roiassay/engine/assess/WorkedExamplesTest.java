package io.roiassay.engine.assess;

import io.roiassay.engine.Examples;
import io.roiassay.engine.finance.ClaimMath;
import io.roiassay.engine.report.Report;
import io.roiassay.engine.report.ReportFinding;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed articles' worked examples, assessed end to end from the shipped example files. */
class WorkedExamplesTest {

    private static Report assess(String file) throws Exception {
        return Examples.assay().assess(Examples.read(file));
    }

    @Test
    void seed001_grossProfit75000OnCost12000_is525Percent() throws Exception {
        Report r = assess("seed-001-gross-profit-525.yaml");
        assertThat(r.financials().entered().simpleRoiPercent()).isEqualByComparingTo("525.00");
        assertThat(r.financials().entered().totalCosts()).isEqualByComparingTo("12000.00");
        assertThat(r.financials().entered().totalBenefits()).isEqualByComparingTo("75000.00");
        assertThat(r.claimCheck().recomputedRoiPercent()).isEqualByComparingTo("525.00");
        assertThat(r.claimCheck().consistent()).isTrue();
        assertThat(r.findings()).extracting(ReportFinding::code)
                .doesNotContain("mistake/claim-arithmetic", "mistake/roi-as-benefit-cost-ratio", "mistake/revenue-as-benefit");
    }

    /*
     * The subscription is paid in advance (at month 0), so, by hand: PV(costs) 12 000 (undiscounted), PV(benefits)
     * 75 000 ÷ 1.1 = 68 181.82, NPV 56 181.82, ROI 56 181.818… ÷ 12 000 = 468.18%; payback 12 × 12 000 ÷ 75 000 =
     * 1.92 months (not 0.00: the money goes out before the profit comes in); discounted payback 12 × 12 000 ÷
     * 68 181.818… = 2.112 → 2.11; IRR −12 000 + 75 000 ÷ (1 + r) = 0 at r = 525.00%. The simple ROI stays 525.
     */
    @Test
    void seed001_paidInAdvance_paybackAndIrrFollowTheTiming() throws Exception {
        var e = assess("seed-001-gross-profit-525.yaml").financials().entered();
        assertThat(e.pvCosts()).isEqualByComparingTo("12000.00");
        assertThat(e.npv()).isEqualByComparingTo("56181.82");
        assertThat(e.roiPercent()).isEqualByComparingTo("468.18");
        assertThat(e.simpleRoiPercent()).isEqualByComparingTo("525.00");
        assertThat(e.paybackMonths()).isEqualByComparingTo("1.92");
        assertThat(e.discountedPaybackMonths()).isEqualByComparingTo("2.11");
        assertThat(e.irrPercent()).isEqualByComparingTo("525.00");
        assertThat(e.irrNote()).isNull();
    }

    @Test
    void seed001_newProfit11000OnCost1000_is1000Percent() throws Exception {
        Report r = assess("seed-001-new-profit-1000.yaml");
        assertThat(r.financials().entered().simpleRoiPercent()).isEqualByComparingTo("1000.00");
        assertThat(r.claimCheck().consistent()).isTrue();
    }

    @Test
    void seed000_benefit1000000OnCost500000_is100Percent() throws Exception {
        Report r = assess("seed-000-benefit-1m-cost-500k.yaml");
        assertThat(r.financials().entered().simpleRoiPercent()).isEqualByComparingTo("100.00");
        assertThat(r.claimCheck().recomputedRoiPercent()).isEqualByComparingTo("100.00");
        assertThat(r.language()).isEqualTo("zh-CN");
    }

    /*
     * Seed 004's TCO view, by hand: initial period 300 000 (purchase) + 80 000 + 40 000 + 30 000 = 450 000; year 1
     * adds maintenance 40 000 → first-year cost 490 000; the quote is the licence line, 300 000; 490 000 ÷ 300 000
     * − 1 = 63.33%. Seats: 300 000 ÷ 3 years ÷ 80 licensed seats = 1 250 a seat and year; 80 − 52 = 28 unused seats
     * cost 28 × 1 250 = 35 000 a year. Cost as paid per period: 450 000, 40 000, 40 000, 40 000 (running total
     * 490 000 after year 1, 570 000 at the end).
     */
    @Test
    void seed004_tcoView_firstYearAgainstQuote_costByYear_unusedSeats() throws Exception {
        Report r = assess("seed-004-first-year-tco.yaml");
        var tco = r.financials().tco();
        assertThat(tco.firstYearCost()).isEqualByComparingTo("490000.00");
        assertThat(tco.quote()).isEqualByComparingTo("300000.00");
        assertThat(tco.firstYearAboveQuotePercent()).isEqualByComparingTo("63.33");
        assertThat(tco.byYear()).extracting(y -> y.entered().toPlainString())
                .containsExactly("450000.00", "40000.00", "40000.00", "40000.00");
        assertThat(tco.byYear()).extracting(y -> y.cumulativeEntered().toPlainString())
                .containsExactly("450000.00", "490000.00", "530000.00", "570000.00");
        assertThat(tco.seats().unusedSeats()).isEqualTo(28);
        assertThat(tco.seats().costPerSeatYear()).isEqualByComparingTo("1250.00");
        assertThat(tco.seats().unusedSeatsYearlyCost()).isEqualByComparingTo("35000.00");
        ReportFinding seats = r.findings().stream().filter(f -> f.code().equals("mistake/unused-seats")).findFirst()
                .orElseThrow();
        assertThat(seats.severity()).isEqualTo("info");
        assertThat(seats.evidence()).containsEntry("unusedSeats", 28);
        assertThat((BigDecimal) seats.evidence().get("unusedSeatsYearlyCost")).isEqualByComparingTo("35000.00");
    }

    @Test
    void seed004_firstYearCost490000_is63PercentAboveQuote() throws Exception {
        Report r = assess("seed-004-first-year-tco.yaml");
        var periods = r.financials().entered().periods();
        BigDecimal firstYear = periods.get(0).costs().add(periods.get(1).costs());
        assertThat(firstYear).isEqualByComparingTo("490000.00");
        assertThat(ClaimMath.percentAbove(firstYear, new BigDecimal("300000"))).isEqualByComparingTo("63.33");
        assertThat(r.profile().industry()).isEqualTo("manufacturing");
        assertThat(r.profile().deployment()).isEqualTo("on-premise");
        assertThat(r.findings()).extracting(ReportFinding::code)
                .contains("hidden-cost/infrastructure", "hidden-cost/integration", "hidden-cost/change-management",
                        "hidden-cost/internal-staff")
                .doesNotContain("hidden-cost/training", "hidden-cost/data-migration", "hidden-cost/maintenance");
    }

    @Test
    void seed004_kpiLinesComeFromTheSalesPluginWithFormulaAndInputs() throws Exception {
        Report r = assess("seed-004-first-year-tco.yaml");
        assertThat(r.benefitLines()).anySatisfy(l -> {
            assertThat(l.source()).isEqualTo("plugin:sales@1.0.0");
            assertThat(l.id()).isEqualTo("deal-volume");
            assertThat(l.formula()).isNotBlank();
            // (960 − 900) deals × 120,000 average size × 0.28 margin = 2,016,000 per year
            assertThat(l.annual()).isEqualByComparingTo("2016000.00");
        });
    }

    @Test
    void vendorClaim_benchmarksAndMissingCosts_isUnprovenWithTheMistakesFlagged() throws Exception {
        Report r = assess("vendor-claim-audit.yaml");
        assertThat(r.verdict().grade()).isEqualTo("unproven");
        assertThat(r.findings()).extracting(ReportFinding::code).contains("mistake/revenue-as-benefit",
                "mistake/vendor-benchmark-as-measured", "mistake/period-mismatch", "mistake/roi-as-benefit-cost-ratio",
                "mistake/time-saved-as-cash", "mistake/not-discounted", "data/missing-margin");
        assertThat(r.findings()).extracting(ReportFinding::code).doesNotContain("mistake/claim-arithmetic");
        assertThat(r.claimCheck().consistent()).isFalse();
    }
}
