package io.roiassay.metrics.sales;

import io.roiassay.plugin.Benefit;
import io.roiassay.plugin.BenefitKind;
import io.roiassay.plugin.Indicator;
import io.roiassay.plugin.MetricContext;
import io.roiassay.plugin.MetricPlugin;
import io.roiassay.plugin.PluginDescriptor;
import io.roiassay.plugin.testing.PluginContract;
import io.roiassay.plugin.testing.TestMetricContext;

import static io.roiassay.plugin.testing.Lines.ids;
import static io.roiassay.plugin.testing.Lines.line;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;

/** Specifies the sales formulas with hand-computed amounts. */
class SalesMetricsTest {

    private final SalesMetrics plugin = new SalesMetrics();

    private static TestMetricContext.Builder ctx() {
        return TestMetricContext.builder();
    }

    private List<Benefit> compute(TestMetricContext.Builder builder) {
        return plugin.compute(builder.build());
    }

    @Test
    void revenueGrowth_countsGrossMarginNotRevenue() {
        // Extra sales of 200,000 at a 32% margin are 64,000 of gross profit, not 200,000.
        var lines = compute(ctx().before("revenue", "1000000").after("revenue", "1200000").grossMarginRate("0.32"));

        Benefit growth = line(lines, "revenue-growth");
        assertThat(growth.annual()).isEqualByComparingTo("64000");
        assertThat(growth.kind()).isEqualTo(BenefitKind.GROSS_PROFIT);
        assertThat(growth.currency()).isEqualTo("USD");
        assertThat(growth.inputs()).containsOnlyKeys("revenue.before", "revenue.after", "grossMarginRate");
        assertThat(growth.inputs().get("grossMarginRate")).isEqualByComparingTo("0.32");
    }

    @Test
    void revenueGrowth_seedExample_grossProfitOf75000() {
        // Seed 001: gross profit grew by 75,000; at a 25% margin that is 300,000 of extra sales.
        var lines = compute(ctx().before("revenue", "1000000").after("revenue", "1300000").grossMarginRate("0.25"));

        assertThat(line(lines, "revenue-growth").annual()).isEqualByComparingTo("75000");
    }

    @Test
    void revenueGrowth_revenueFell_isNegative() {
        var lines = compute(ctx().before("revenue", "1000000").after("revenue", "900000"));

        assertThat(line(lines, "revenue-growth").annual()).isEqualByComparingTo("-30000");
    }

    @Test
    void revenueGrowth_afterMissing_skipsLine() {
        assertThat(compute(ctx().before("revenue", "1000000"))).isEmpty();
    }

    @Test
    void dealVolumeAndSize_splitRevenueChangeWithoutOverlap() {
        // 200 deals of 5,000 → 230 deals of 5,500 at 30%:
        // volume 30 × 5,000 × 0.30 = 45,000; size 230 × 500 × 0.30 = 34,500;
        // together (1,265,000 − 1,000,000) × 0.30 = 79,500.
        var lines = compute(ctx()
                .before("closedDeals", "200").after("closedDeals", "230")
                .before("averageDealSize", "5000").after("averageDealSize", "5500"));

        assertThat(ids(lines)).containsExactly("deal-volume", "deal-size");
        assertThat(line(lines, "deal-volume").annual()).isEqualByComparingTo("45000");
        assertThat(line(lines, "deal-size").annual()).isEqualByComparingTo("34500");
        assertThat(line(lines, "deal-volume").annual().add(line(lines, "deal-size").annual()))
                .isEqualByComparingTo("79500");
        assertThat(line(lines, "deal-size").inputs())
                .containsOnlyKeys("closedDeals.after", "averageDealSize.before", "averageDealSize.after", "grossMarginRate");
    }

    @Test
    void dealSize_smallerDeals_isNegative() {
        // 200 → 200 deals, 5,000 → 4,000: 200 × −1,000 × 0.30 = −60,000.
        var lines = compute(ctx()
                .before("closedDeals", "200").after("closedDeals", "200")
                .before("averageDealSize", "5000").after("averageDealSize", "4000"));

        assertThat(line(lines, "deal-volume").annual()).isEqualByComparingTo("0");
        assertThat(line(lines, "deal-size").annual()).isEqualByComparingTo("-60000");
    }

    @Test
    void dealLines_dealSizeMissing_skipsBoth() {
        var lines = compute(ctx().before("closedDeals", "200").after("closedDeals", "230"));

        assertThat(lines).isEmpty();
    }

    @Test
    void winRate_extraDealsWonAtGrossMargin() {
        // 400 opportunities × (25% − 20%) = 20 extra deals × 10,000 × 0.30 = 60,000.
        var lines = compute(ctx()
                .after("opportunities", "400")
                .before("winRate", "20").after("winRate", "25")
                .after("averageDealSize", "10000"));

        Benefit win = line(lines, "win-rate");
        assertThat(win.annual()).isEqualByComparingTo("60000");
        assertThat(win.inputs()).containsOnlyKeys("opportunities.after", "winRate.before", "winRate.after",
                "averageDealSize.after", "grossMarginRate");
    }

    @Test
    void winRate_usesBeforeValuesWhenOnlyTheyAreGiven() {
        var lines = compute(ctx()
                .before("opportunities", "400")
                .before("winRate", "25").after("winRate", "20")
                .before("averageDealSize", "10000"));

        assertThat(line(lines, "win-rate").annual()).isEqualByComparingTo("-60000");
        assertThat(line(lines, "win-rate").inputs()).containsKeys("opportunities.before", "averageDealSize.before");
    }

    @Test
    void crossSell_countedAtGrossMargin() {
        // (150,000 − 100,000) × 0.30 = 15,000.
        var lines = compute(ctx().before("crossSellRevenue", "100000").after("crossSellRevenue", "150000"));

        assertThat(line(lines, "cross-sell").annual()).isEqualByComparingTo("15000");
    }

    @Test
    void precedence_revenueGiven_noOtherRevenueLine() {
        var lines = compute(ctx()
                .before("revenue", "1000000").after("revenue", "1200000")
                .before("closedDeals", "200").after("closedDeals", "230")
                .before("averageDealSize", "5000").after("averageDealSize", "5500")
                .after("opportunities", "400").before("winRate", "20").after("winRate", "25")
                .before("crossSellRevenue", "100000").after("crossSellRevenue", "150000"));

        assertThat(ids(lines)).containsExactly("revenue-growth");
    }

    @Test
    void precedence_dealsGiven_noWinRateOrCrossSell() {
        var lines = compute(ctx()
                .before("closedDeals", "200").after("closedDeals", "230")
                .before("averageDealSize", "5000").after("averageDealSize", "5500")
                .after("opportunities", "400").before("winRate", "20").after("winRate", "25")
                .before("crossSellRevenue", "100000").after("crossSellRevenue", "150000"));

        assertThat(ids(lines)).containsExactly("deal-volume", "deal-size");
    }

    @Test
    void precedence_winRateGiven_noCrossSell() {
        var lines = compute(ctx()
                .after("opportunities", "400").before("winRate", "20").after("winRate", "25")
                .after("averageDealSize", "10000")
                .before("crossSellRevenue", "100000").after("crossSellRevenue", "150000"));

        assertThat(ids(lines)).containsExactly("win-rate");
    }

    @Test
    void repTimeSaved_valuedAtLoadedCostTimesProductivityFactor() {
        // (6 − 4) h/week × 48 weeks × 10 reps × 45/h × 0.8 = 34,560.
        var lines = compute(ctx()
                .before("repAdminHoursPerWeek", "6").after("repAdminHoursPerWeek", "4")
                .after("reps", "10"));

        Benefit time = line(lines, "rep-time-saved");
        assertThat(time.kind()).isEqualTo(BenefitKind.TIME_SAVED);
        assertThat(time.annual()).isEqualByComparingTo("34560");
        assertThat(time.inputs()).containsOnlyKeys("repAdminHoursPerWeek.before", "repAdminHoursPerWeek.after",
                "workWeeksPerYear", "reps.after", "loadedHourlyCost", "productivityFactor.sales");
        assertThat(time.inputs().get("workWeeksPerYear")).isEqualByComparingTo("48");
    }

    @Test
    void repTimeSaved_usesWorkWeeksAssumptionAndSalesFactor() {
        // 2 × 46 × 10 × 50 × 0.7 = 32,200.
        var lines = compute(ctx()
                .before("repAdminHoursPerWeek", "6").after("repAdminHoursPerWeek", "4")
                .after("reps", "10")
                .assumption("workWeeksPerYear", "46").loadedHourlyCost("50").productivityFactor("sales", "0.7"));

        assertThat(line(lines, "rep-time-saved").annual()).isEqualByComparingTo("32200");
    }

    @Test
    void repTimeSaved_moreAdminHours_isNegative() {
        // (4 − 5) × 48 × 10 × 45 × 0.8 = −17,280.
        var lines = compute(ctx()
                .before("repAdminHoursPerWeek", "4").after("repAdminHoursPerWeek", "5")
                .after("reps", "10"));

        assertThat(line(lines, "rep-time-saved").annual()).isEqualByComparingTo("-17280");
    }

    @Test
    void repTimeSaved_repsMissing_skipsLine() {
        var lines = compute(ctx().before("repAdminHoursPerWeek", "6").after("repAdminHoursPerWeek", "4"));

        assertThat(lines).isEmpty();
    }

    @Test
    void repTimeSaved_addsToRevenueLine() {
        var lines = compute(ctx()
                .before("revenue", "1000000").after("revenue", "1200000")
                .before("repAdminHoursPerWeek", "6").after("repAdminHoursPerWeek", "4").after("reps", "10"));

        assertThat(ids(lines)).containsExactly("revenue-growth", "rep-time-saved");
    }

    @Test
    void compute_noKpis_noLines() {
        assertThat(compute(ctx())).isEmpty();
    }

    @Test
    void compute_doesNotRound() {
        // 1 × 0.333 = 0.333: the engine rounds, the plugin keeps every digit.
        var lines = compute(ctx().before("revenue", "0").after("revenue", "1").grossMarginRate("0.333"));

        assertThat(line(lines, "revenue-growth").annual()).isEqualTo(new BigDecimal("0.333"));
    }

    @Test
    void indicators_reportNonFinancialKpisGivenBeforeAndAfter() {
        List<Indicator> indicators = plugin.indicators(ctx()
                .before("salesCycleDays", "90").after("salesCycleDays", "75")
                .before("dealsPerRep", "20").after("dealsPerRep", "23")
                .before("quotaAttainment", "82").after("quotaAttainment", "91")
                .before("callsToSalesRatio", "40").after("callsToSalesRatio", "32")
                .before("winRate", "20").after("winRate", "25")
                .before("profitMargin", "12")
                .build());

        assertThat(indicators).extracting(Indicator::id)
                .containsExactly("salesCycleDays", "dealsPerRep", "quotaAttainment", "callsToSalesRatio", "winRate");
        assertThat(indicators.get(0).before()).isEqualByComparingTo("90");
        assertThat(indicators.get(0).after()).isEqualByComparingTo("75");
    }

    @Test
    void indicators_winRateCountedAsMoney_notRepeated() {
        List<Indicator> indicators = plugin.indicators(ctx()
                .after("opportunities", "400").before("winRate", "20").after("winRate", "25")
                .after("averageDealSize", "10000")
                .build());

        assertThat(indicators).isEmpty();
    }

    @Test
    void descriptor_declaresIdVersionAndBilingualFormulas() {
        var d = plugin.descriptor();

        assertThat(d.id()).isEqualTo("sales");
        assertThat(d.version()).isEqualTo("1.0.0");
        assertThat(d.benefits()).extracting(b -> b.id())
                .containsExactly("revenue-growth", "deal-volume", "deal-size", "win-rate", "cross-sell", "rep-time-saved");
        assertThat(d.inputs()).allSatisfy(i -> assertThat(i.required()).isFalse());
        assertThat(d.benefits()).allSatisfy(b -> {
            assertThat(b.formula().en()).isNotBlank();
            assertThat(b.formula().zh()).isNotBlank();
        });
    }

    @Test
    void contract_fullCase_noProblems() throws Exception {
        MetricContext full = ctx().currency("CNY")
                .before("revenue", "1000000").after("revenue", "1200000")
                .before("repAdminHoursPerWeek", "6").after("repAdminHoursPerWeek", "4").after("reps", "10")
                .build();

        assertThat(PluginContract.check(plugin, full)).isEmpty();
        assertThat(plugin.compute(full)).allSatisfy(b -> assertThat(b.currency()).isEqualTo("CNY"));
    }

    @Test
    void contract_everyRevenueFamily_noProblems() throws Exception {
        assertThat(PluginContract.check(plugin, ctx()
                .before("closedDeals", "200").after("closedDeals", "230")
                .before("averageDealSize", "5000").after("averageDealSize", "5500").build())).isEmpty();
        assertThat(PluginContract.check(plugin, ctx()
                .after("opportunities", "400").before("winRate", "20").after("winRate", "25")
                .after("averageDealSize", "10000").build())).isEmpty();
        assertThat(PluginContract.check(plugin, ctx()
                .before("crossSellRevenue", "1").after("crossSellRevenue", "2").build())).isEmpty();
    }

    @Test
    void serviceFile_loadsPluginThroughServiceLoader() {
        assertThat(getClass().getClassLoader().getResource("META-INF/services/io.roiassay.plugin.MetricPlugin"))
                .isNotNull();
        assertThat(ServiceLoader.load(MetricPlugin.class, getClass().getClassLoader()).stream()
                .map(ServiceLoader.Provider::type))
                .containsExactly(SalesMetrics.class);
    }

    @Test
    void inputs_declareWhichWayIsBetter_scaleCountsDoNot() {
        // More deals, revenue and win rate are better; fewer admin hours, shorter cycles and fewer calls per sale are
        // better; the number of reps is the team's size, neither better nor worse.
        assertThat(directions(SalesDescriptor.DESCRIPTOR)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("revenue", "HIGHER"), Map.entry("closedDeals", "HIGHER"),
                Map.entry("averageDealSize", "HIGHER"), Map.entry("opportunities", "HIGHER"),
                Map.entry("winRate", "HIGHER"), Map.entry("crossSellRevenue", "HIGHER"),
                Map.entry("repAdminHoursPerWeek", "LOWER"), Map.entry("reps", "none"),
                Map.entry("salesCycleDays", "LOWER"), Map.entry("dealsPerRep", "HIGHER"),
                Map.entry("quotaAttainment", "HIGHER"), Map.entry("callsToSalesRatio", "LOWER"),
                Map.entry("profitMargin", "HIGHER")));
    }

    @Test
    void contract_tradeOffsAndLossesPassTheSignCheck() throws Exception {
        // More but smaller deals: deal-volume 20 × 5,000 × 0.30 = +30,000, deal-size 220 × −500 × 0.30 = −33,000;
        // a mixed move is a real trade-off, not a wrong sign.
        var mixed = ctx().before("closedDeals", "200").after("closedDeals", "220")
                .before("averageDealSize", "5000").after("averageDealSize", "4500");
        assertThat(line(compute(mixed), "deal-size").annual()).isEqualByComparingTo("-33000");
        assertThat(PluginContract.check(plugin, mixed.build())).isEmpty();
        // Revenue fell: a loss from a worse KPI is allowed to be negative.
        assertThat(PluginContract.check(plugin, ctx().before("revenue", "1000000").after("revenue", "900000").build()))
                .isEmpty();
    }

    private static Map<String, String> directions(PluginDescriptor d) {
        Map<String, String> m = new HashMap<>();
        d.inputs().forEach(i -> m.put(i.name(), i.better() == null ? "none" : i.better().name()));
        return m;
    }
}
