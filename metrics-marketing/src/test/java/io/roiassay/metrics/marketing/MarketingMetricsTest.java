package io.roiassay.metrics.marketing;

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
import static org.assertj.core.api.Assertions.within;

/** Specifies the marketing formulas with hand-computed amounts (defaults: margin 0.30, 45/h, factor 0.8). */
class MarketingMetricsTest {

    private final MarketingMetrics plugin = new MarketingMetrics();

    private static TestMetricContext.Builder ctx() {
        return TestMetricContext.builder();
    }

    /** Spend 100,000 → 120,000 for 1,000 → 2,000 leads: cost per lead 100 → 60. */
    private static TestMetricContext.Builder leads() {
        return ctx().before("marketingSpend", "120000").after("marketingSpend", "90000")
                .before("newLeads", "1000").after("newLeads", "2000");
    }

    private List<Benefit> compute(TestMetricContext.Builder builder) {
        return plugin.compute(builder.build());
    }

    @Test
    void leadCost_isCappedAtTheFallInSpend() {
        // Cost per lead 120 → 45: (120 − 45) × 2,000 = 150,000, but the spend fell only 120,000 − 90,000 = 30,000.
        var lines = compute(leads());

        Benefit line = line(lines, "lead-cost");
        assertThat(line.kind()).isEqualTo(BenefitKind.COST_SAVING);
        assertThat(line.annual()).isEqualByComparingTo("30000");
        assertThat(line.inputs()).containsOnlyKeys("marketingSpend.before", "marketingSpend.after",
                "newLeads.before", "newLeads.after", "costPerLead.before", "costPerLead.after");
        assertThat(line.inputs().get("costPerLead.after")).isEqualByComparingTo("45");
    }

    @Test
    void leadCost_spendUnchanged_isNoSaving() {
        // The tcm-pharma example: 3,000,000 for 6,000 then 7,500 leads books (500 − 400) × 7,500 = 750,000 a
        // year by the old formula, with not a yuan less spent: no line.
        var lines = compute(ctx().before("marketingSpend", "3000000").after("marketingSpend", "3000000")
                .before("newLeads", "6000").after("newLeads", "7500"));

        assertThat(lines).isEmpty();
    }

    @Test
    void leadCost_spendFellLessThanCostPerLeadSuggests_isTheSpendFall() {
        // 100,000 → 80,000 for 1,000 → 1,000 leads: (100 − 80) × 1,000 = 20,000 = the fall in spend.
        var lines = compute(ctx().before("marketingSpend", "100000").after("marketingSpend", "80000")
                .before("newLeads", "1000").after("newLeads", "1000"));

        assertThat(line(lines, "lead-cost").annual()).isEqualByComparingTo("20000");
    }

    @Test
    void leadCost_dearerLeads_isNegative() {
        // Cost per lead 100 → 150 for 1,000 leads: −50 × 1,000 = −50,000.
        var lines = compute(ctx().before("marketingSpend", "100000").after("marketingSpend", "150000")
                .before("newLeads", "1000").after("newLeads", "1000"));

        assertThat(line(lines, "lead-cost").annual()).isEqualByComparingTo("-50000");
    }

    @Test
    void leadCost_zeroLeadsBefore_skippedNotThrown() {
        var lines = compute(ctx().before("marketingSpend", "100000").after("marketingSpend", "120000")
                .before("newLeads", "0").after("newLeads", "2000"));

        assertThat(lines).isEmpty();
    }

    @Test
    void leadCost_zeroLeadsAfter_skippedNotThrown() {
        var lines = compute(ctx().before("marketingSpend", "100000").after("marketingSpend", "120000")
                .before("newLeads", "1000").after("newLeads", "0"));

        assertThat(lines).isEmpty();
    }

    @Test
    void leadCost_nonTerminatingCostPerLead_doesNotThrow() {
        // 100,000 / 3 → 70,000 / 6: (33,333.3… − 11,666.6…) × 6 = 130,000 at 34 significant digits, capped at
        // the 30,000 the spend fell.
        var lines = compute(ctx().before("marketingSpend", "100000").after("marketingSpend", "70000")
                .before("newLeads", "3").after("newLeads", "6"));

        assertThat(line(lines, "lead-cost").annual()).isCloseTo(new BigDecimal("30000"), within(new BigDecimal("1e-20")));
    }

    @Test
    void leadCost_spendMissingAfter_skipsLine() {
        var lines = compute(ctx().before("marketingSpend", "100000")
                .before("newLeads", "1000").after("newLeads", "2000"));

        assertThat(lines).isEmpty();
    }

    @Test
    void leadConversion_extraCustomersAtDealSizeTimesMargin() {
        // 2,000 leads × (12% − 10%) = 40 customers × 10,000 × 0.30 = 120,000.
        var lines = compute(ctx().after("newLeads", "2000")
                .before("leadConversionRate", "10").after("leadConversionRate", "12")
                .after("averageDealSize", "10000"));

        Benefit line = line(lines, "lead-conversion");
        assertThat(line.kind()).isEqualTo(BenefitKind.GROSS_PROFIT);
        assertThat(line.annual()).isEqualByComparingTo("120000");
        assertThat(line.inputs()).containsOnlyKeys("newLeads.after", "leadConversionRate.before",
                "leadConversionRate.after", "averageDealSize.after", "grossMarginRate");
    }

    @Test
    void leadConversion_worseConversion_isNegative() {
        // 2,000 × (9% − 10%) × 10,000 × 0.30 = −60,000.
        var lines = compute(ctx().after("newLeads", "2000")
                .before("leadConversionRate", "10").after("leadConversionRate", "9")
                .after("averageDealSize", "10000"));

        assertThat(line(lines, "lead-conversion").annual()).isEqualByComparingTo("-60000");
    }

    @Test
    void leadConversion_dealSizeMissing_skipsLine() {
        var lines = compute(ctx().after("newLeads", "2000")
                .before("leadConversionRate", "10").after("leadConversionRate", "12"));

        assertThat(lines).isEmpty();
    }

    @Test
    void campaignRevenue_countsGrossMarginNotRevenue() {
        // (800,000 − 500,000) × 0.30 = 90,000.
        var lines = compute(ctx().before("campaignRevenue", "500000").after("campaignRevenue", "800000"));

        assertThat(line(lines, "campaign-revenue").annual()).isEqualByComparingTo("90000");
    }

    @Test
    void precedence_leadCostAndConversionStandTogether() {
        var lines = compute(leads()
                .before("leadConversionRate", "10").after("leadConversionRate", "12")
                .after("averageDealSize", "10000"));

        assertThat(ids(lines)).containsExactly("lead-cost", "lead-conversion");
        assertThat(line(lines, "lead-conversion").annual()).isEqualByComparingTo("120000");
    }

    @Test
    void precedence_campaignRevenueReplacesConversionAndCostLines() {
        var lines = compute(leads()
                .before("leadConversionRate", "10").after("leadConversionRate", "12")
                .after("averageDealSize", "10000")
                .before("campaignRevenue", "500000").after("campaignRevenue", "800000")
                .before("customerAcquisitionCost", "500").after("customerAcquisitionCost", "400")
                .after("newCustomers", "300"));

        assertThat(ids(lines)).containsExactly("campaign-revenue");
    }

    @Test
    void acquisitionCost_todaysCustomersAtOldCostLessNewCost() {
        // (500 − 400) × 300 = 30,000.
        var lines = compute(ctx().before("customerAcquisitionCost", "500").after("customerAcquisitionCost", "400")
                .after("newCustomers", "300"));

        Benefit line = line(lines, "acquisition-cost");
        assertThat(line.kind()).isEqualTo(BenefitKind.COST_SAVING);
        assertThat(line.annual()).isEqualByComparingTo("30000");
    }

    @Test
    void acquisitionCost_dearerCustomers_isNegative() {
        // (500 − 550) × 300 = −15,000.
        var lines = compute(ctx().before("customerAcquisitionCost", "500").after("customerAcquisitionCost", "550")
                .after("newCustomers", "300"));

        assertThat(line(lines, "acquisition-cost").annual()).isEqualByComparingTo("-15000");
    }

    @Test
    void precedence_leadCostBeatsAcquisitionCost() {
        var lines = compute(leads()
                .before("customerAcquisitionCost", "500").after("customerAcquisitionCost", "400")
                .after("newCustomers", "300"));

        assertThat(ids(lines)).containsExactly("lead-cost");
    }

    @Test
    void precedence_leadCostNotComputable_acquisitionCostUsed() {
        var lines = compute(ctx().before("marketingSpend", "100000").after("marketingSpend", "120000")
                .before("newLeads", "0").after("newLeads", "2000")
                .before("customerAcquisitionCost", "500").after("customerAcquisitionCost", "400")
                .after("newCustomers", "300"));

        assertThat(ids(lines)).containsExactly("acquisition-cost");
    }

    @Test
    void precedence_conversionBeatsAcquisitionCost() {
        var lines = compute(ctx().after("newLeads", "2000")
                .before("leadConversionRate", "10").after("leadConversionRate", "12")
                .after("averageDealSize", "10000")
                .before("customerAcquisitionCost", "500").after("customerAcquisitionCost", "400")
                .after("newCustomers", "300"));

        assertThat(ids(lines)).containsExactly("lead-conversion");
    }

    @Test
    void marketingTimeSaved_valuedWithMarketingFactor() {
        // (5 − 3) h × 48 weeks × 4 marketers × 45 × 0.5 = 8,640.
        var lines = compute(ctx().before("marketingHoursPerWeek", "5").after("marketingHoursPerWeek", "3")
                .after("marketers", "4").productivityFactor("marketing", "0.5"));

        Benefit line = line(lines, "marketing-time-saved");
        assertThat(line.kind()).isEqualTo(BenefitKind.TIME_SAVED);
        assertThat(line.annual()).isEqualByComparingTo("8640");
        assertThat(line.inputs()).containsOnlyKeys("marketingHoursPerWeek.before", "marketingHoursPerWeek.after",
                "workWeeksPerYear", "marketers.after", "loadedHourlyCost", "productivityFactor.marketing");
    }

    @Test
    void marketingTimeSaved_moreManualHours_isNegative() {
        // (3 − 4) × 46 × 4 × 45 × 0.5 = −4,140.
        var lines = compute(ctx().before("marketingHoursPerWeek", "3").after("marketingHoursPerWeek", "4")
                .after("marketers", "4").productivityFactor("marketing", "0.5").assumption("workWeeksPerYear", "46"));

        assertThat(line(lines, "marketing-time-saved").annual()).isEqualByComparingTo("-4140");
    }

    @Test
    void marketingTimeSaved_marketersMissing_skipsLine() {
        assertThat(compute(ctx().before("marketingHoursPerWeek", "5").after("marketingHoursPerWeek", "3"))).isEmpty();
    }

    @Test
    void indicators_includeComputedCostPerLead() {
        List<Indicator> indicators = plugin.indicators(leads()
                .before("leadConversionRate", "10").after("leadConversionRate", "12")
                .before("customerAcquisitionCost", "500")
                .build());

        assertThat(indicators).extracting(Indicator::id).containsExactly("newLeads", "costPerLead", "leadConversionRate");
        Indicator cpl = indicators.get(1);
        assertThat(cpl.before()).isEqualByComparingTo("120");
        assertThat(cpl.after()).isEqualByComparingTo("45");
    }

    @Test
    void indicators_zeroLeads_noCostPerLead() {
        List<Indicator> indicators = plugin.indicators(ctx()
                .before("marketingSpend", "100000").after("marketingSpend", "120000")
                .before("newLeads", "0").after("newLeads", "2000").build());

        assertThat(indicators).extracting(Indicator::id).containsExactly("newLeads");
    }

    @Test
    void descriptor_declaresIdVersionAndLines() {
        var d = plugin.descriptor();

        assertThat(d.id()).isEqualTo("marketing");
        assertThat(d.version()).isEqualTo("1.0.0");
        assertThat(d.benefits()).extracting(b -> b.id()).containsExactly(
                "lead-cost", "lead-conversion", "campaign-revenue", "acquisition-cost", "marketing-time-saved");
        assertThat(d.benefit("lead-cost").orElseThrow().formula().zh()).contains("销售线索平均成本 = 总营销支出 / 新销售线索总数量");
        assertThat(d.inputs()).allSatisfy(i -> assertThat(i.required()).isFalse());
    }

    @Test
    void contract_fullCase_noProblems() throws Exception {
        MetricContext full = leads().currency("EUR")
                .before("leadConversionRate", "10").after("leadConversionRate", "12")
                .after("averageDealSize", "10000")
                .before("marketingHoursPerWeek", "5").after("marketingHoursPerWeek", "3").after("marketers", "4")
                .build();

        assertThat(PluginContract.check(plugin, full)).isEmpty();
        assertThat(PluginContract.check(plugin, ctx()
                .before("customerAcquisitionCost", "500").after("customerAcquisitionCost", "400")
                .after("newCustomers", "300").build())).isEmpty();
        assertThat(PluginContract.check(plugin, ctx()
                .before("campaignRevenue", "1").after("campaignRevenue", "2").build())).isEmpty();
    }

    @Test
    void serviceFile_loadsPluginThroughServiceLoader() {
        assertThat(getClass().getClassLoader().getResource("META-INF/services/io.roiassay.plugin.MetricPlugin"))
                .isNotNull();
        assertThat(ServiceLoader.load(MetricPlugin.class, getClass().getClassLoader()).stream()
                .map(ServiceLoader.Provider::type))
                .containsExactly(MarketingMetrics.class);
    }

    @Test
    void inputs_declareWhichWayIsBetter_spendAndTeamSizeDoNot() {
        // Marketing spend can rightly rise or fall, and the number of marketers is the team's size: no direction.
        assertThat(directions(MarketingDescriptor.DESCRIPTOR)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("marketingSpend", "none"), Map.entry("newLeads", "HIGHER"),
                Map.entry("leadConversionRate", "HIGHER"), Map.entry("averageDealSize", "HIGHER"),
                Map.entry("campaignRevenue", "HIGHER"), Map.entry("customerAcquisitionCost", "LOWER"),
                Map.entry("newCustomers", "HIGHER"), Map.entry("marketingHoursPerWeek", "LOWER"),
                Map.entry("marketers", "none")));
    }

    private static Map<String, String> directions(PluginDescriptor d) {
        Map<String, String> m = new HashMap<>();
        d.inputs().forEach(i -> m.put(i.name(), i.better() == null ? "none" : i.better().name()));
        return m;
    }
}
