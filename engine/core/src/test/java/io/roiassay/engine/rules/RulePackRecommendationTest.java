package io.roiassay.engine.rules;

import io.roiassay.engine.facts.Recommendation;
import org.junit.jupiter.api.Test;

import static io.roiassay.engine.rules.RulePackHarness.benefit;
import static io.roiassay.engine.rules.RulePackHarness.pluginBenefit;
import static io.roiassay.engine.rules.RulePackHarness.scenario;
import static org.assertj.core.api.Assertions.assertThat;

/** Recommendations fire once each and name the findings that triggered them. */
class RulePackRecommendationTest {

    @Test
    void cleanCase_noRecommendation() {
        assertThat(scenario().run().outcome().recommendations()).isEmpty();
    }

    @Test
    void budgetHiddenCosts_namesEveryHiddenCostFindingOnce() {
        var r = scenario().without("training").without("integration").without("maintenance").run();
        Recommendation rec = r.recommendation("budget-hidden-costs").orElseThrow();
        assertThat(rec.getBecause()).containsExactly("hidden-cost/integration", "hidden-cost/maintenance",
                "hidden-cost/training");
        assertThat(rec.getPriority()).isEqualTo(1);
        // the advice names this case's missing categories, in the order the catalogue text lists them
        assertThat(rec.getEvidence()).containsEntry("categories", java.util.List.of("training", "integration", "maintenance"));
        assertThat(rec.getZh()).contains("总拥有成本").contains("{categories}");
        assertThat(r.recommendationCodes()).containsOnlyOnce("budget-hidden-costs");
    }

    @Test
    void raiseAdoption_fromLowAdoption_notFromAMissingTrainingCostAlone() {
        var r = scenario().users(60, 30).without("training").run();
        Recommendation rec = r.recommendation("raise-adoption").orElseThrow();
        assertThat(rec.getBecause()).containsExactly("mistake/full-adoption-assumed");
        assertThat(scenario().users(60, 58).without("training").run().recommendation("raise-adoption")).isEmpty();
        assertThat(rec.getZh()).contains("CRM 达人");
        assertThat(rec.getEn()).contains("CRM champion");
        assertThat(r.recommendation("simplify-processes").orElseThrow().getBecause())
                .containsExactly("mistake/full-adoption-assumed");
    }

    @Test
    void integrateAndCleanData_fromIntegrationAndMigration() {
        var r = scenario().without("integration").without("data-migration").run();
        assertThat(r.recommendation("integrate-and-clean-data").orElseThrow().getBecause())
                .containsExactly("hidden-cost/data-migration", "hidden-cost/integration");
        assertThat(r.recommendationCodes()).doesNotContain("clean-customer-data");
    }

    @Test
    void cleanCustomerData_fromMigrationAlone_noSystemsToConnect() {
        var r = scenario().without("data-migration").run();
        assertThat(r.codes()).doesNotContain("hidden-cost/integration");
        assertThat(r.recommendation("clean-customer-data").orElseThrow().getBecause())
                .containsExactly("hidden-cost/data-migration");
        assertThat(r.recommendationCodes()).doesNotContain("integrate-and-clean-data");
    }

    @Test
    void stagedRoiTargets_fromShortWindow() {
        var r = scenario().claim("525", "75000", "12000", "gross-profit", 6, false).run();
        assertThat(r.recommendation("staged-roi-targets").orElseThrow().getBecause())
                .containsExactly("mistake/short-window");
        assertThat(r.recommendation("staged-roi-targets").orElseThrow().getZh()).contains("6 个月", "第一年末", "此后每年");
    }

    @Test
    void trackNonFinancial_fromIgnoredIndicators() {
        var r = scenario().noKpis().run();
        assertThat(r.recommendation("track-non-financial").orElseThrow().getBecause())
                .containsExactly("mistake/non-financial-ignored");
    }

    @Test
    void standardSaasForSmall_fromCustomBuildAndServers() {
        var r = scenario().employees(15).deployment("on-premise").onceCost("customization", "150000").run();
        assertThat(r.recommendation("standard-saas-for-small").orElseThrow().getBecause())
                .containsExactly("hidden-cost/infrastructure", "profile/small-company-custom-build");
    }

    @Test
    void standardSaasForSmall_notForMidSizeOnPremise() {
        var r = scenario().employees(300).deployment("on-premise").onceCost("infrastructure", "1").run();
        assertThat(r.recommendationCodes()).doesNotContain("standard-saas-for-small");
    }

    @Test
    void independentEvaluation_fromMajorMistakesOnly() {
        var r = scenario().claim("200", "1000000", "500000", "gross-profit", 12, false).run();
        assertThat(r.recommendation("independent-evaluation").orElseThrow().getBecause())
                .containsExactly("mistake/roi-as-benefit-cost-ratio");
        assertThat(scenario().claim("525", "75000", "12000", "gross-profit", 6, false).run().recommendationCodes())
                .doesNotContain("independent-evaluation");
    }

    @Test
    void countProfitNotRevenue_fromRevenueAndMissingMargin_countEachGainOnce_fromDoubleCounting() {
        // two pieces of advice, each for what it answers: the margin for revenue counted as a benefit, the double
        // count for a stated line the sales KPIs also measure (review: one text with both clauses misled either case)
        var r = scenario().grossMarginRate(null)
                .addBenefit(benefit("revenue", "measured", 1, 3, "900000", "150000", "375000"))
                .addBenefit(pluginBenefit("sales", "revenue-growth", true)).run();
        assertThat(r.recommendation("count-profit-not-revenue").orElseThrow().getBecause())
                .containsExactly("data/missing-margin", "mistake/revenue-as-benefit");
        assertThat(r.recommendation("count-each-gain-once").orElseThrow().getBecause())
                .containsExactly("mistake/double-counting");
    }

    @Test
    void countEachGainOnce_notForGrossProfitCountedTwice_marginAdviceAbsent() {
        // acme-retail's situation: the stated line is already gross profit, so there is no revenue to convert
        var r = scenario().addBenefit(benefit("gross-profit", "measured", 1, 3, "900000", "150000", "375000"))
                .addBenefit(pluginBenefit("sales", "revenue-growth", true)).run();
        assertThat(r.recommendationCodes()).contains("count-each-gain-once").doesNotContain("count-profit-not-revenue");
    }

    @Test
    void isolateCrmContribution_fromFullAttribution() {
        assertThat(scenario().initiatives("扩招销售人员").run().recommendation("isolate-crm-contribution")
                .orElseThrow().getBecause()).containsExactly("mistake/full-attribution");
    }

    @Test
    void rerunFailedMetrics_fromPluginFailure() {
        assertThat(scenario().issue("sales", "threw", "boom").run().recommendation("rerun-failed-metrics")
                .orElseThrow().getBecause()).containsExactly("plugin/failed");
    }

    @Test
    void everyRecommendation_onceWithTextsAndRule() {
        // a licence gives the software base hidden-cost estimates need (without one they are only "confirm included")
        var r = scenario().noCosts().onceCost("customization", "1").onceCost("license", "1").employees(10)
                .deployment("on-premise")
                .users(10, 2).noKpis().initiatives("新市场").grossMarginRate(null)
                .addBenefit(benefit("revenue", "measured", 1, 3, "900000", "150000", "375000"))
                .addBenefit(pluginBenefit("sales", "revenue-growth", true))
                .claim("200", "100", "50", "revenue", 6, false).issue("sales", "threw", "boom").run();
        assertThat(r.recommendationCodes()).containsExactly("budget-hidden-costs", "count-profit-not-revenue",
                "independent-evaluation", "count-each-gain-once", "raise-adoption", "clean-customer-data", "isolate-crm-contribution",
                "staged-roi-targets", "standard-saas-for-small", "rerun-failed-metrics", "simplify-processes",
                "track-non-financial");
        assertThat(r.outcome().recommendations()).allSatisfy(rec -> {
            assertThat(rec.getEn()).isNotBlank();
            assertThat(rec.getZh()).isNotBlank();
            assertThat(rec.getBecause()).isNotEmpty();
            assertThat(rec.getRule().file()).startsWith("recommendations/").endsWith(".drl");
        });
    }
}
