package io.roiassay.engine.report;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RoiWaterfallTest {

    @Test
    void levels_replayEachStepOnTheTotals_thenEndAtTheAdjustedTotals() {
        // entered: costs 210,000, benefits 370,000 → (370,000 − 210,000) ÷ 210,000 = 76.19 %
        // + 81,000 hidden costs → 79,000 ÷ 291,000 = 27.15 %; − 27,500 ramp-up → 51,500 ÷ 291,000 = 17.70 %
        // adjusted totals: costs 311,000, benefits 385,000 → 74,000 ÷ 311,000 = 23.79 %
        List<SvgWaterfall.Level> levels = RoiWaterfall.levels(HtmlReportFixtures.threeYear().financials(), "en");

        assertThat(levels).extracting(SvgWaterfall.Level::value).containsExactly(
                new BigDecimal("76.19"), new BigDecimal("27.15"), new BigDecimal("17.70"), new BigDecimal("23.79"));
        assertThat(levels).extracting(SvgWaterfall.Level::key).containsExactly("entered", "hidden-costs", "ramp-up", "adjusted");
        assertThat(levels.get(0).label()).isEqualTo("Entered ROI");
    }

    @Test
    void label_knownStepByItsWord_hiddenCostWithItsCategory_otherStepsByTheirDescription() {
        var hidden = new ReportFinancials.Adjustment("hidden-cost", "internal-staff", "补充估算的员工时间成本", "0.15",
                BigDecimal.ONE, BigDecimal.ZERO, null, null, null);
        var unknown = new ReportFinancials.Adjustment("period-mismatch", "costs",
                "Recurring cost counted for one year only, extended to every year of the horizon", "3",
                BigDecimal.ONE, BigDecimal.ZERO, null, null, null);

        assertThat(RoiWaterfall.label(hidden, "zh-CN")).isEqualTo("隐性成本：员工时间");
        assertThat(RoiWaterfall.label(hidden, "en")).isEqualTo("hidden cost: internal staff time");
        assertThat(RoiWaterfall.label(unknown, "en")).isEqualTo("Recurring cost counted fo…").hasSize(26);
    }

    @Test
    void label_riskStepsWithTheirFactor_aCaseHasOnePerCostClass() {
        var contracted = new ReportFinancials.Adjustment("risk-costs", "costs[0]", "contracted", "1.05",
                BigDecimal.ONE, BigDecimal.ZERO, null, null, null);
        var estimated = new ReportFinancials.Adjustment("risk-costs", "costs[1], training", "estimated", "1.10",
                BigDecimal.ONE, BigDecimal.ZERO, null, null, null);

        assertThat(RoiWaterfall.label(contracted, "en")).isEqualTo("risk: costs ×1.05");
        assertThat(RoiWaterfall.label(estimated, "zh-CN")).isEqualTo("风险调整：成本 ×1.10");
    }

    @Test
    void levels_noneWhenEnteredCostsAreZero() {
        var f = HtmlReportFixtures.threeYear().financials();
        var zero = new ReportFigures(BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.TEN, null, null,
                null, null, List.of());
        var noCosts = new ReportFinancials(f.horizonYears(), f.discountRate(), zero, f.adjusted(), f.adjustments(),
                f.costBreakdown(), f.definitions());

        assertThat(RoiWaterfall.levels(noCosts, "en")).isEmpty();
    }
}
