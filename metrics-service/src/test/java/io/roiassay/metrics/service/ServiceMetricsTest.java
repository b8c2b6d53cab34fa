package io.roiassay.metrics.service;

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

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;

/** Specifies the service formulas with hand-computed amounts (defaults: margin 0.30, 45/h, factor 0.8). */
class ServiceMetricsTest {

    private final ServiceMetrics plugin = new ServiceMetrics();

    private static TestMetricContext.Builder ctx() {
        return TestMetricContext.builder();
    }

    private static TestMetricContext.Builder caseload() {
        return ctx().before("casesPerAgent", "1000").after("casesPerAgent", "1250").after("agents", "10");
    }

    private List<Benefit> compute(TestMetricContext.Builder builder) {
        return plugin.compute(builder.build());
    }

    @Test
    void agentProductivity_freedAgentsAtAgentCostTimesFactor() {
        // 10 agents × (1250/1000 − 1) = 2.5 agents freed × 60,000 × 0.8 = 120,000.
        var lines = compute(caseload().after("agentAnnualCost", "60000"));

        Benefit line = line(lines, "agent-productivity");
        assertThat(line.kind()).isEqualTo(BenefitKind.TIME_SAVED);
        assertThat(line.annual()).isEqualByComparingTo("120000");
        assertThat(line.inputs()).containsOnlyKeys("casesPerAgent.before", "casesPerAgent.after", "agents.after",
                "agentAnnualCost.after", "productivityFactor.service");
    }

    @Test
    void agentProductivity_agentCostFromAssumption() {
        // 2.5 × 50,000 × 0.8 = 100,000.
        var lines = compute(caseload().assumption("agentAnnualCost", "50000"));

        assertThat(line(lines, "agent-productivity").annual()).isEqualByComparingTo("100000");
        assertThat(line(lines, "agent-productivity").inputs()).containsKey("agentAnnualCost");
    }

    @Test
    void agentProductivity_agentCostFromHourlyCostAnd1760Hours() {
        // 45 × 1,760 = 79,200 per agent; 2.5 × 79,200 × 0.8 = 158,400.
        var lines = compute(caseload());

        Benefit line = line(lines, "agent-productivity");
        assertThat(line.annual()).isEqualByComparingTo("158400");
        assertThat(line.inputs().get("annualHoursPerFte")).isEqualByComparingTo("1760");
        assertThat(line.inputs()).containsKey("loadedHourlyCost");
    }

    @Test
    void agentProductivity_annualHoursAssumptionAndServiceFactor() {
        // 45 × 1,600 = 72,000; 2.5 × 72,000 × 0.6 = 108,000.
        var lines = compute(caseload().assumption("annualHoursPerFte", "1600").productivityFactor("service", "0.6"));

        assertThat(line(lines, "agent-productivity").annual()).isEqualByComparingTo("108000");
    }

    @Test
    void agentProductivity_fewerCasesPerAgent_isNegative() {
        // 10 × (800/1000 − 1) × 60,000 × 0.8 = −96,000.
        var lines = compute(ctx().before("casesPerAgent", "1000").after("casesPerAgent", "800")
                .after("agents", "10").after("agentAnnualCost", "60000"));

        assertThat(line(lines, "agent-productivity").annual()).isEqualByComparingTo("-96000");
    }

    @Test
    void agentProductivity_zeroCasesBefore_skippedNotThrown() {
        var lines = compute(ctx().before("casesPerAgent", "0").after("casesPerAgent", "1250").after("agents", "10"));

        assertThat(lines).isEmpty();
    }

    @Test
    void agentProductivity_agentsMissing_skipsLine() {
        var lines = compute(ctx().before("casesPerAgent", "1000").after("casesPerAgent", "1250"));

        assertThat(lines).isEmpty();
    }

    @Test
    void resolutionTime_hoursSavedAtLoadedCostTimesFactor() {
        // (3 − 2) h × 10,000 cases × 45 × 0.8 = 360,000.
        var lines = compute(ctx().before("averageResolutionHours", "3").after("averageResolutionHours", "2")
                .after("cases", "10000"));

        Benefit line = line(lines, "resolution-time");
        assertThat(line.annual()).isEqualByComparingTo("360000");
        assertThat(line.inputs()).containsOnlyKeys("averageResolutionHours.before", "averageResolutionHours.after",
                "cases.after", "loadedHourlyCost", "productivityFactor.service");
    }

    @Test
    void resolutionTime_countsOnlyCasesAgentsStillHandle() {
        // 20% self-served after: 8,000 agent cases × 1 h × 45 × 0.8 = 288,000.
        var lines = compute(ctx().before("averageResolutionHours", "3").after("averageResolutionHours", "2")
                .after("cases", "10000").after("selfServiceRate", "20"));

        assertThat(line(lines, "resolution-time").annual()).isEqualByComparingTo("288000");
        assertThat(line(lines, "resolution-time").inputs()).containsKey("selfServiceRate.after");
    }

    @Test
    void resolutionTime_slowerResolution_isNegative() {
        // (2 − 2.5) × 10,000 × 45 × 0.8 = −180,000.
        var lines = compute(ctx().before("averageResolutionHours", "2").after("averageResolutionHours", "2.5")
                .after("cases", "10000"));

        assertThat(line(lines, "resolution-time").annual()).isEqualByComparingTo("-180000");
    }

    @Test
    void precedence_agentProductivityBeatsResolutionTime() {
        var lines = compute(caseload()
                .before("averageResolutionHours", "3").after("averageResolutionHours", "2").after("cases", "10000"));

        assertThat(ids(lines)).containsExactly("agent-productivity");
    }

    @Test
    void precedence_agentProductivityNotComputable_fallsBackToResolutionTime() {
        var lines = compute(ctx().before("casesPerAgent", "0").after("casesPerAgent", "1250").after("agents", "10")
                .before("averageResolutionHours", "3").after("averageResolutionHours", "2").after("cases", "10000"));

        assertThat(ids(lines)).containsExactly("resolution-time");
    }

    @Test
    void retention_retainedCustomersAtValueTimesMargin() {
        // 2,000 × (85% − 80%) = 100 customers kept × 5,000 × 0.30 = 150,000.
        var lines = compute(ctx().before("retentionRate", "80").after("retentionRate", "85")
                .after("customers", "2000").after("customerAnnualValue", "5000"));

        Benefit line = line(lines, "retention");
        assertThat(line.kind()).isEqualTo(BenefitKind.GROSS_PROFIT);
        assertThat(line.annual()).isEqualByComparingTo("150000");
        assertThat(line.inputs()).containsOnlyKeys("customers.after", "retentionRate.before", "retentionRate.after",
                "customerAnnualValue.after", "grossMarginRate");
    }

    @Test
    void retention_fromChurnRateAndValueAssumption() {
        // churn 20% → 15%: 2,000 × 5% × 5,000 × 0.30 = 150,000.
        var lines = compute(ctx().before("churnRate", "20").after("churnRate", "15")
                .after("customers", "2000").assumption("customerAnnualValue", "5000"));

        assertThat(line(lines, "retention").annual()).isEqualByComparingTo("150000");
        assertThat(line(lines, "retention").inputs()).containsKeys("churnRate.before", "customerAnnualValue");
    }

    @Test
    void retention_retentionRateBeatsChurnRate() {
        // Retention 80 → 82 is used; churn 20 → 10 is ignored: 2,000 × 2% × 5,000 × 0.30 = 60,000.
        var lines = compute(ctx().before("retentionRate", "80").after("retentionRate", "82")
                .before("churnRate", "20").after("churnRate", "10")
                .after("customers", "2000").after("customerAnnualValue", "5000"));

        assertThat(line(lines, "retention").annual()).isEqualByComparingTo("60000");
        assertThat(line(lines, "retention").inputs()).doesNotContainKey("churnRate.before");
    }

    @Test
    void retention_moreChurn_isNegative() {
        // churn 15% → 18%: 2,000 × −3% × 5,000 × 0.30 = −90,000.
        var lines = compute(ctx().before("churnRate", "15").after("churnRate", "18")
                .after("customers", "2000").after("customerAnnualValue", "5000"));

        assertThat(line(lines, "retention").annual()).isEqualByComparingTo("-90000");
    }

    @Test
    void retention_customerValueMissing_skipsLine() {
        var lines = compute(ctx().before("retentionRate", "80").after("retentionRate", "85").after("customers", "2000"));

        assertThat(lines).isEmpty();
    }

    @Test
    void selfServiceDeflection_deflectedCasesAtCostPerCase() {
        // 10,000 × (20% − 10%) = 1,000 cases × 8 = 8,000.
        var lines = compute(ctx().after("cases", "10000").before("selfServiceRate", "10").after("selfServiceRate", "20")
                .after("costPerCase", "8"));

        Benefit line = line(lines, "self-service-deflection");
        assertThat(line.kind()).isEqualTo(BenefitKind.COST_SAVING);
        assertThat(line.annual()).isEqualByComparingTo("8000");
    }

    @Test
    void selfServiceDeflection_lessSelfService_isNegative() {
        // 10,000 × (15% − 20%) × 8 = −4,000.
        var lines = compute(ctx().after("cases", "10000").before("selfServiceRate", "20").after("selfServiceRate", "15")
                .after("costPerCase", "8"));

        assertThat(line(lines, "self-service-deflection").annual()).isEqualByComparingTo("-4000");
    }

    @Test
    void selfServiceDeflection_costPerCaseMissing_skipsLine() {
        var lines = compute(ctx().after("cases", "10000").before("selfServiceRate", "10").after("selfServiceRate", "20"));

        assertThat(lines).isEmpty();
    }

    @Test
    void compute_independentLinesAllComputed() {
        var lines = compute(caseload().after("agentAnnualCost", "60000")
                .before("retentionRate", "80").after("retentionRate", "85")
                .after("customers", "2000").after("customerAnnualValue", "5000")
                .after("cases", "10000").before("selfServiceRate", "10").after("selfServiceRate", "20")
                .after("costPerCase", "8"));

        assertThat(ids(lines)).containsExactly("agent-productivity", "retention", "self-service-deflection");
    }

    @Test
    void indicators_reportNonFinancialKpisGivenBeforeAndAfter() {
        List<Indicator> indicators = plugin.indicators(ctx()
                .before("satisfaction", "78").after("satisfaction", "86")
                .before("sameDayClosureRate", "40").after("sameDayClosureRate", "55")
                .before("retentionRate", "80").after("retentionRate", "85")
                .before("nps", "12")
                .build());

        assertThat(indicators).extracting(Indicator::id)
                .containsExactly("satisfaction", "sameDayClosureRate", "retentionRate");
        assertThat(indicators.get(0).after()).isEqualByComparingTo("86");
    }

    @Test
    void descriptor_declaresIdVersionAndLines() {
        var d = plugin.descriptor();

        assertThat(d.id()).isEqualTo("service");
        assertThat(d.version()).isEqualTo("1.0.0");
        assertThat(d.benefits()).extracting(b -> b.id())
                .containsExactly("agent-productivity", "resolution-time", "retention", "self-service-deflection");
        assertThat(d.inputs()).allSatisfy(i -> assertThat(i.required()).isFalse());
    }

    @Test
    void contract_fullCase_noProblems() throws Exception {
        MetricContext full = caseload().currency("CNY")
                .before("retentionRate", "80").after("retentionRate", "85")
                .after("customers", "2000").after("customerAnnualValue", "5000")
                .after("cases", "10000").before("selfServiceRate", "10").after("selfServiceRate", "20")
                .after("costPerCase", "8")
                .build();

        assertThat(PluginContract.check(plugin, full)).isEmpty();
        assertThat(PluginContract.check(plugin, ctx().before("averageResolutionHours", "3")
                .after("averageResolutionHours", "2").after("cases", "10000").build())).isEmpty();
    }

    @Test
    void serviceFile_loadsPluginThroughServiceLoader() {
        assertThat(getClass().getClassLoader().getResource("META-INF/services/io.roiassay.plugin.MetricPlugin"))
                .isNotNull();
        assertThat(ServiceLoader.load(MetricPlugin.class, getClass().getClassLoader()).stream()
                .map(ServiceLoader.Provider::type))
                .containsExactly(ServiceMetrics.class);
    }

    @Test
    void inputs_declareWhichWayIsBetter_scaleCountsDoNot() {
        // Cases, agents, customers and the yearly values are the business's size and prices, neither better nor
        // worse; the rates, effort and satisfaction have a direction.
        assertThat(directions(ServiceDescriptor.DESCRIPTOR)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("casesPerAgent", "HIGHER"), Map.entry("agents", "none"),
                Map.entry("agentAnnualCost", "none"), Map.entry("averageResolutionHours", "LOWER"),
                Map.entry("cases", "none"), Map.entry("retentionRate", "HIGHER"),
                Map.entry("churnRate", "LOWER"), Map.entry("customers", "none"),
                Map.entry("customerAnnualValue", "none"), Map.entry("selfServiceRate", "HIGHER"),
                Map.entry("costPerCase", "LOWER"), Map.entry("satisfaction", "HIGHER"),
                Map.entry("sameDayClosureRate", "HIGHER"), Map.entry("nps", "HIGHER")));
    }

    private static Map<String, String> directions(PluginDescriptor d) {
        Map<String, String> m = new HashMap<>();
        d.inputs().forEach(i -> m.put(i.name(), i.better() == null ? "none" : i.better().name()));
        return m;
    }
}
