package io.roiassay.engine.rules;

import io.roiassay.engine.facts.BenefitFact;
import io.roiassay.engine.facts.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.roiassay.engine.rules.RulePackHarness.benefit;
import static io.roiassay.engine.rules.RulePackHarness.dec;
import static io.roiassay.engine.rules.RulePackHarness.pluginBenefit;
import static io.roiassay.engine.rules.RulePackHarness.scenario;
import static org.assertj.core.api.Assertions.assertThat;

/** Each mistake code fires on exactly the situation the spec table describes, and not on the close case. */
class RulePackMistakeTest {

    private static final String CLAIM_ARITHMETIC = "mistake/claim-arithmetic";

    private static BenefitFact stated(String basis) {
        return benefit(basis, "measured", 1, 3, "300000", "50000", "125000");
    }

    @Test
    void cleanCaseWithConsistentClaim_noMistake() {
        assertThat(scenario().consistentClaim().run().codes()).isEmpty();
    }

    // revenue-as-benefit

    @Test
    void revenueAsBenefit_statedRevenueBenefit() {
        var r = scenario().addBenefit(stated("revenue")).run();
        Finding f = r.finding("mistake/revenue-as-benefit").orElseThrow();
        assertThat(f.getSeverity()).isEqualTo("major");
        assertThat(f.getEvidence()).containsEntry("benefitLines", List.of("benefits[1]"))
                .containsEntry("claimBasisRevenue", false);
    }

    @Test
    void revenueAsBenefit_claimOnRevenue() {
        var r = scenario().claim("525", "75000", "12000", "revenue", 12, false).run();
        assertThat(r.finding("mistake/revenue-as-benefit").orElseThrow().getEvidence())
                .containsEntry("claimBasisRevenue", true);
    }

    @Test
    void revenueAsBenefit_firesOnceWhenBothBenefitAndClaimAreRevenue() {
        var r = scenario().addBenefit(stated("revenue")).addBenefit(stated("revenue"))
                .claim("525", "75000", "12000", "revenue", 12, false).run();
        assertThat(r.codes()).containsOnlyOnce("mistake/revenue-as-benefit");
    }

    @Test
    void revenueAsBenefit_notForGrossProfitOrPluginRevenueLines() {
        var r = scenario().addBenefit(stated("cost-saving")).addBenefit(pluginBenefit("sales", "revenue-growth", true))
                .claim("525", "75000", "12000", "gross-profit", 12, false).run();
        assertThat(r.codes()).doesNotContain("mistake/revenue-as-benefit");
    }

    // full-attribution

    @Test
    void fullAttribution_initiativesWithoutShare() {
        var r = scenario().initiatives("扩招销售人员", "新产品线").run();
        Finding f = r.finding("mistake/full-attribution").orElseThrow();
        assertThat(f.getSeverity()).isEqualTo("warning");
        assertThat(f.getEvidence()).containsEntry("concurrentInitiatives", List.of("扩招销售人员", "新产品线"));
    }

    @Test
    void fullAttribution_initiativesWithShareOne() {
        assertThat(scenario().initiatives("新市场").crmShare("1").run().codes()).contains("mistake/full-attribution");
        assertThat(scenario().initiatives("新市场").crmShare("1.00").run().codes()).contains("mistake/full-attribution");
    }

    @Test
    void fullAttribution_notWithPartialShareOrWithoutInitiatives() {
        assertThat(scenario().initiatives("新市场").crmShare("0.6").run().codes()).doesNotContain("mistake/full-attribution");
        assertThat(scenario().crmShare(null).run().codes()).doesNotContain("mistake/full-attribution");
    }

    // period-mismatch

    @Test
    void periodMismatch_oneYearOfSubscriptionAgainstThreeYearsOfBenefits() {
        var r = scenario().without("subscription").without("maintenance")
                .cost("subscription", "annual", 1, 1, dec("120000")).cost("maintenance", "annual", 1, 1, dec("20000"))
                .run();
        Finding f = r.finding("mistake/period-mismatch").orElseThrow();
        assertThat(f.getSeverity()).isEqualTo("major");
        assertThat(f.getEvidence()).containsEntry("lastRecurringCostPeriod", 1).containsEntry("lastBenefitPeriod", 3);
        // the correction: continue both recurring lines that stop early
        assertThat(f.getCorrection()).isEqualTo("extend-recurring-costs");
        assertThat(f.getCorrectionTargets()).hasSize(2).allMatch(t -> t.matches("costs\\[\\d+]"));
    }

    @Test
    void periodMismatch_notWhenCostsRunAsLongAsBenefits() {
        assertThat(scenario().run().codes()).doesNotContain("mistake/period-mismatch");
    }

    @Test
    void periodMismatch_notWhenThereIsNoRecurringCost() {
        var r = scenario().without("subscription").without("maintenance").onceCost("license", "300000").run();
        assertThat(r.codes()).doesNotContain("mistake/period-mismatch");
    }

    // recurring-cost-counted-once

    @ParameterizedTest
    @ValueSource(strings = {"subscription", "maintenance"})
    void recurringCostCountedOnce_overThreeYears(String category) {
        var r = scenario().without(category).onceCost(category, "120000").run();
        Finding f = r.finding("mistake/recurring-cost-counted-once").orElseThrow();
        assertThat(f.getSeverity()).isEqualTo("major");
        assertThat(f.getEvidence()).containsEntry("horizonYears", 3);
        assertThat((List<?>) f.getEvidence().get("costLines")).hasSize(1);
        assertThat(f.getCorrection()).isEqualTo("repeat-once-costs");
        assertThat(f.getCorrectionTargets()).isEqualTo(f.getEvidence().get("costLines"));
        // a multi-year prepayment reads the same: the text says how to enter one so the correction does not apply
        assertThat(f.getEn()).contains("enter such a prepayment as a licence (category: license, recurrence: once)");
    }

    @Test
    void recurringCostCountedOnce_notOverOneYear() {
        assertThat(scenario().horizonYears(1).without("subscription").onceCost("subscription", "120000").run().codes())
                .doesNotContain("mistake/recurring-cost-counted-once");
    }

    @Test
    void recurringCostCountedOnce_notForOnceOffCategories() {
        assertThat(scenario().onceCost("license", "300000").run().codes())
                .doesNotContain("mistake/recurring-cost-counted-once");
    }

    // short-window and not-discounted

    @Test
    void shortWindow_elevenMonths() {
        var r = scenario().claim("525", "75000", "12000", "gross-profit", 11, false).run();
        assertThat(r.finding("mistake/short-window").orElseThrow().getEvidence()).containsEntry("months", 11);
    }

    @Test
    void shortWindow_notAtTwelveMonths() {
        assertThat(scenario().consistentClaim().run().codes()).doesNotContain("mistake/short-window");
    }

    @Test
    void notDiscounted_thirteenMonthsUndiscountedOrSilent() {
        assertThat(scenario().claim("525", "75000", "12000", "gross-profit", 13, false).run().codes())
                .contains("mistake/not-discounted");
        assertThat(scenario().claim("525", "75000", "12000", "gross-profit", 36, null).run().codes())
                .contains("mistake/not-discounted");
    }

    @Test
    void notDiscounted_notWhenDiscountedOrTwelveMonths() {
        assertThat(scenario().claim("525", "75000", "12000", "gross-profit", 36, true).run().codes())
                .doesNotContain("mistake/not-discounted");
        assertThat(scenario().claim("525", "75000", "12000", "gross-profit", 12, false).run().codes())
                .doesNotContain("mistake/not-discounted");
    }

    // claim-arithmetic and roi-as-benefit-cost-ratio (seed 001: cost 12 000, gross profit 75 000 → 525%)

    @Test
    void claimArithmetic_gapOfPointSix() {
        var r = scenario().claim("525.6", "75000", "12000", "gross-profit", 12, false).run();
        Finding f = r.finding(CLAIM_ARITHMETIC).orElseThrow();
        assertThat(f.getSeverity()).isEqualTo("major");
        assertThat((java.math.BigDecimal) f.getEvidence().get("recomputedRoiPercent")).isEqualByComparingTo("525");
        assertThat((java.math.BigDecimal) f.getEvidence().get("gapPoints")).isEqualByComparingTo("0.6");
    }

    @Test
    void claimArithmetic_notAtGapOfPointFour() {
        assertThat(scenario().claim("524.6", "75000", "12000", "gross-profit", 12, false).run().codes())
                .doesNotContain(CLAIM_ARITHMETIC);
    }

    @Test
    void roiAsBenefitCostRatio_seed000Example_isOneFindingNotAlsoClaimArithmetic() {
        // Benefit 1 000 000, cost 500 000: ROI is 100%, reported as 200% (the ratio). One error, one finding.
        var r = scenario().claim("200", "1000000", "500000", "gross-profit", 12, false).run();
        assertThat(r.codes()).contains("mistake/roi-as-benefit-cost-ratio").doesNotContain(CLAIM_ARITHMETIC);
        assertThat(r.finding("mistake/roi-as-benefit-cost-ratio").orElseThrow().getEvidence())
                .containsEntry("recomputedRoiPercent", dec("100.00"));
    }

    @Test
    void roiAsBenefitCostRatio_withinHalfAPoint() {
        assertThat(scenario().claim("625.4", "75000", "12000", "gross-profit", 12, false).run().codes())
                .contains("mistake/roi-as-benefit-cost-ratio");
    }

    @Test
    void roiAsBenefitCostRatio_notBeyondHalfAPointOrWhenCorrect() {
        assertThat(scenario().claim("625.6", "75000", "12000", "gross-profit", 12, false).run().codes())
                .doesNotContain("mistake/roi-as-benefit-cost-ratio");
        assertThat(scenario().consistentClaim().run().codes()).doesNotContain("mistake/roi-as-benefit-cost-ratio");
    }

    // time-saved-as-cash

    @Test
    void timeSavedAsCash_amountInsteadOfHours() {
        var r = scenario().addBenefit(stated("time-saved")).run();
        assertThat(r.finding("mistake/time-saved-as-cash").orElseThrow().getSeverity()).isEqualTo("warning");
    }

    @Test
    void timeSavedAsCash_notWhenHoursGiven() {
        BenefitFact hours = new BenefitFact("benefits[1]", "case", "admin-time", "time-saved", "measured", "annual",
                1, 3, dec("0"), dec("0"), dec("0"), dec("0"), true, false);
        assertThat(scenario().addBenefit(hours).run().codes()).doesNotContain("mistake/time-saved-as-cash");
    }

    // no-ramp-up

    @Test
    void noRampUp_recurringBenefitFullFromYearOne() {
        var r = scenario().addBenefit(benefit("cost-saving", "estimated", 1, 3, "300000", "100000", "100000")).run();
        assertThat(r.finding("mistake/no-ramp-up").orElseThrow().getEvidence())
                .containsEntry("benefitLines", List.of("benefits[1]"));
    }

    @Test
    void noRampUp_notForRampedOrOnceOffBenefits() {
        assertThat(scenario().run().codes()).doesNotContain("mistake/no-ramp-up");
        // measured: a year-1 figure that was observed already holds the ramp-up
        assertThat(scenario().addBenefit(benefit("cost-saving", "measured", 1, 3, "300000", "100000", "100000"))
                .run().codes()).doesNotContain("mistake/no-ramp-up");
        assertThat(scenario().addBenefit(benefit("cost-saving", "measured", 1, 1, "100000", "100000", "100000"))
                .run().codes()).doesNotContain("mistake/no-ramp-up");
    }

    // vendor-benchmark-as-measured

    @Test
    void vendorBenchmark_moreThanHalf() {
        // default benefit 250 000 measured + 300 000 vendor benchmark → share 0.5455
        var r = scenario().addBenefit(benefit("gross-profit", "vendor-benchmark", 1, 3, "300000", "50000", "125000")).run();
        Finding f = r.finding("mistake/vendor-benchmark-as-measured").orElseThrow();
        assertThat(f.getSeverity()).isEqualTo("major");
        assertThat(f.getEvidence()).containsEntry("vendorBenchmarkShare", dec("0.5455"));
    }

    @Test
    void vendorBenchmark_notAtExactlyHalf() {
        var r = scenario().addBenefit(benefit("gross-profit", "vendor-benchmark", 1, 3, "250000", "50000", "100000")).run();
        assertThat(r.codes()).doesNotContain("mistake/vendor-benchmark-as-measured");
    }

    // double-counting

    @Test
    void doubleCounting_statedGrowthAndSalesKpisFireOnce() {
        var r = scenario().addBenefit(stated("revenue"))
                .addBenefit(pluginBenefit("sales", "revenue-growth", true))
                .addBenefit(pluginBenefit("sales", "win-rate", true)).run();
        assertThat(r.codes()).containsOnlyOnce("mistake/double-counting");
        var evidence = r.finding("mistake/double-counting").orElseThrow().getEvidence();
        assertThat(evidence.get("statedLines")).asList().containsExactlyInAnyOrder("benefits[0]", "benefits[1]");
        assertThat(evidence.get("pluginLines")).asList().containsExactlyInAnyOrder("revenue-growth", "win-rate");
    }

    @Test
    void doubleCounting_statedGrossProfitWithDealSize() {
        // the clean case's stated gross-profit benefit plus a sales-plugin deal-size line
        assertThat(scenario().addBenefit(pluginBenefit("sales", "deal-size", true)).run().codes())
                .contains("mistake/double-counting");
    }

    @Test
    void doubleCounting_asksToKeepTheSmallerOfTheTwoSides() {
        var f = scenario().addBenefit(pluginBenefit("sales", "deal-size", true)).run()
                .finding("mistake/double-counting").orElseThrow();
        assertThat(f.getCorrection()).isEqualTo("keep-smaller");
        assertThat(f.getVariant()).isNull();
        assertThat(f.getCorrectionTargets()).containsExactly("case#stated-gross-profit", "|", "plugin:sales#deal-size");
    }

    @Test
    void doubleCounting_anyPluginLineThatMeasuresRevenueGrowth() {
        // not only the sales plugin's line ids: what the line declares it measures decides
        assertThat(scenario().addBenefit(pluginBenefit("marketing", "lead-conversion", true)).run().codes())
                .contains("mistake/double-counting");
    }

    @Test
    void doubleCounting_staffTimeBehindTheSalesOfTheSameKpiSet_isDropped() {
        var r = scenario().noBenefits().addBenefit(pluginBenefit("sales", "revenue-growth", true))
                .addBenefit(pluginBenefit("sales", "win-rate", true))
                .addBenefit(pluginBenefit("sales", "rep-time-saved", false)).run();
        assertThat(r.codes()).containsOnlyOnce("mistake/double-counting");
        Finding f = r.finding("mistake/double-counting").orElseThrow();
        assertThat(f.getCorrection()).isEqualTo("drop-lines");
        assertThat(f.getCorrectionTargets()).containsExactly("plugin:sales#rep-time-saved");
        assertThat(f.getEvidence()).containsEntry("timeLines", List.of("rep-time-saved"));
        // every revenue-growth line of the set is named, not only the first (review: seed-004 named deal-size only)
        assertThat(f.getEvidence()).containsEntry("growthLines", List.of("revenue-growth", "win-rate"));
        assertThat(f.getVariant()).isEqualTo("time-behind-sales");
    }

    @Test
    void doubleCounting_notForTimeSavedOfAnotherKpiSet() {
        assertThat(scenario().noBenefits().addBenefit(pluginBenefit("sales", "revenue-growth", true))
                .addBenefit(pluginBenefit("service", "agent-time-saved", false)).run().codes())
                .doesNotContain("mistake/double-counting");
    }

    @Test
    void doubleCounting_notForNonRevenueSalesLinesOrOtherPlugins() {
        assertThat(scenario().addBenefit(pluginBenefit("sales", "admin-time-saved", false))
                .addBenefit(pluginBenefit("service", "retention", false)).run().codes())
                .doesNotContain("mistake/double-counting");
        assertThat(scenario().noBenefits().addBenefit(stated("cost-saving"))
                .addBenefit(pluginBenefit("sales", "revenue-growth", true)).run().codes())
                .doesNotContain("mistake/double-counting");
    }

    // non-financial-ignored

    @Test
    void nonFinancialIgnored_noSatisfactionOrRetentionAnywhere() {
        var r = scenario().noKpis().kpi("sales", "closedDeals").run();
        assertThat(r.finding("mistake/non-financial-ignored").orElseThrow().getSeverity()).isEqualTo("info");
    }

    @ParameterizedTest
    @ValueSource(strings = {"customerSatisfaction", "retentionRate", "ChurnRate", "NPS", "csatScore"})
    void nonFinancialIgnored_notWhenAKpiTracksIt(String kpi) {
        assertThat(scenario().noKpis().kpi("service", kpi).run().codes()).doesNotContain("mistake/non-financial-ignored");
    }

    @Test
    void nonFinancialIgnored_notWhenARetentionBenefitLineExists() {
        assertThat(scenario().noKpis().addBenefit(pluginBenefit("service", "customer-retention", true)).run().codes())
                .doesNotContain("mistake/non-financial-ignored");
    }
}
