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

/** Input-quality (data/), plugin and classification findings. */
class RulePackDataFindingTest {

    private static BenefitFact hours() {
        return new BenefitFact("benefits[1]", "case", "admin-time", "time-saved", "measured", "annual", 1, 3,
                dec("0"), dec("0"), dec("0"), dec("0"), true, false);
    }

    @Test
    void missingMargin_statedRevenueWithoutGrossMarginUsesProfileMargin() {
        var r = scenario().industry("中药").grossMarginRate(null)
                .addBenefit(benefit("revenue", "measured", 1, 3, "900000", "150000", "375000")).run();
        Finding f = r.finding("data/missing-margin").orElseThrow();
        assertThat(f.getSeverity()).isEqualTo("warning");
        assertThat(f.getEvidence()).containsEntry("industry", "pharma").containsEntry("marginUsed", dec("0.60"))
                .containsEntry("marginAssumption", "typicalGrossMargin")
                .containsEntry("benefitLines", List.of("benefits[1]"));
        var source = (io.roiassay.plugin.Text) f.getEvidence().get("marginSource");
        assertThat(source.en()).contains("Damodaran").contains("Drugs (Pharmaceutical)");
    }

    @Test
    void missingMargin_insurer_quotesTheUnderwritingMarginThePlannerUses_notTheGrossMargin() {
        var r = scenario().industry("保险").grossMarginRate(null)
                .addBenefit(benefit("revenue", "measured", 1, 3, "900000", "150000", "375000")).run();
        assertThat(r.finding("data/missing-margin").orElseThrow().getEvidence())
                .containsEntry("industry", "insurance").containsEntry("marginAssumption", "revenueMarginRate")
                .containsEntry("marginUsed", dec("0.03"))
                .hasEntrySatisfying("marginSource", s -> {
                    // both wordings of the profile note: a zh-CN report shows the Chinese one
                    assertThat(((io.roiassay.plugin.Text) s).en()).contains("underwriting margin");
                    assertThat(((io.roiassay.plugin.Text) s).zh()).contains("承保利润率");
                });
        assertThat(r.profile().revenueMarginKey()).isEqualTo("revenueMarginRate");
        // the field to give is the revenue margin: a company.grossMarginRate would be set aside (review)
        Finding f = r.finding("data/missing-margin").orElseThrow();
        assertThat(f.getVariant()).isEqualTo("revenue-margin");
        assertThat(f.getEn()).contains("assumptions.values.revenueMarginRate (a company.grossMarginRate would be set aside)");
        assertThat(f.getRule().name()).isEqualTo("Revenue margin assumed for an industry whose revenue is worth one");
    }

    @Test
    void missingMargin_pluginLineConvertedWithMargin() {
        var r = scenario().grossMarginRate(null).addBenefit(pluginBenefit("sales", "revenue-growth", true)).run();
        assertThat(r.finding("data/missing-margin").orElseThrow().getEvidence())
                .containsEntry("benefitLines", List.of("kpis.sales"));
    }

    @Test
    void missingMargin_notWhenMarginGivenOrNoRevenueToConvert() {
        assertThat(scenario().addBenefit(benefit("revenue", "measured", 1, 3, "900000", "150000", "375000"))
                .run().codes()).doesNotContain("data/missing-margin");
        assertThat(scenario().grossMarginRate(null).addBenefit(pluginBenefit("service", "handling-time", false))
                .run().codes()).doesNotContain("data/missing-margin");
    }

    @ParameterizedTest
    @ValueSource(strings = {"threw", "timeout", "invalid"})
    void pluginFailed_onePerFailedPlugin(String kind) {
        var r = scenario().issue("sales", kind, "NaN from averageDealSize").issue("marketing", kind, "boom").run();
        assertThat(r.codes()).filteredOn("plugin/failed"::equals).hasSize(2);
        Finding f = r.finding("plugin/failed").orElseThrow();
        assertThat(f.getEvidence()).containsKeys("plugin", "version", "kind", "detail").containsEntry("version", "1.0.0")
                .containsEntry("kind", kind);
        assertThat(f.getEn()).contains("{plugin}", "{version}", "{detail}");
    }

    @Test
    void pluginFailed_notForMissingInputs() {
        var r = scenario().issue("sales", "missing-input", "inputs missing", "kpis.sales.before.closedDeals").run();
        assertThat(r.codes()).containsExactly("data/missing-kpi-input");
        assertThat(r.finding("data/missing-kpi-input").orElseThrow().getEvidence())
                .containsEntry("plugin", "sales")
                .containsEntry("missingInputs", List.of("kpis.sales.before.closedDeals"));
    }

    @Test
    void missingHourlyCost_hoursInCurrencyWithoutDefault() {
        var r = scenario().currency("JPY").addBenefit(hours()).run();
        assertThat(r.finding("data/missing-hourly-cost").orElseThrow().getEvidence())
                .containsEntry("currency", "JPY").containsEntry("benefitLines", List.of("benefits[1]"));
    }

    @Test
    void missingHourlyCost_notWhenCurrencyHasDefaultOrNoHours() {
        assertThat(scenario().currency("USD").addBenefit(hours()).run().codes()).doesNotContain("data/missing-hourly-cost");
        assertThat(scenario().currency("JPY").run().codes()).doesNotContain("data/missing-hourly-cost");
    }

    @Test
    void noBenefits_andNoCosts() {
        assertThat(scenario().noBenefits().run().codes()).contains("data/no-benefits");
        assertThat(scenario().noCosts().run().codes()).contains("data/no-costs");
        assertThat(scenario().run().codes()).doesNotContain("data/no-benefits", "data/no-costs");
    }

    @Test
    void smallCompanyCustomBuild_customizationOrSelfHosting() {
        assertThat(scenario().employees(20).onceCost("customization", "150000").run().codes())
                .contains("profile/small-company-custom-build");
        assertThat(scenario().employees(20).deployment("on-premise").run().codes())
                .contains("profile/small-company-custom-build");
    }

    @Test
    void smallCompanyCustomBuild_notForStandardSaasOrLargerCompanies() {
        assertThat(scenario().employees(20).run().codes()).doesNotContain("profile/small-company-custom-build");
        assertThat(scenario().employees(300).onceCost("customization", "150000").run().codes())
                .doesNotContain("profile/small-company-custom-build");
    }

    @Test
    void everyFinding_hasBothLanguagesAndNamesItsRuleFile() {
        var r = scenario().noCosts().grossMarginRate(null).industry("养殖业").deployment("hybrid").users(10, 1)
                .initiatives("新市场").noKpis().currency("JPY").addBenefit(hours())
                .addBenefit(benefit("revenue", "vendor-benchmark", 1, 3, "900000", "300000", "300000"))
                .addBenefit(benefit("time-saved", "estimated", 1, 3, "9000", "3000", "3000"))
                .addBenefit(pluginBenefit("sales", "deal-volume", true))
                .claim("200", "100", "50", "revenue", 36, null)
                .issue("service", "threw", "boom").issue("marketing", "missing-input", "x", "kpis.marketing.before.leads")
                .run();
        assertThat(r.outcome().findings()).hasSizeGreaterThan(20).allSatisfy(f -> {
            assertThat(f.getEn()).as(f.getCode()).isNotBlank();
            assertThat(f.getZh()).as(f.getCode()).isNotBlank().doesNotContain(",");
            assertThat(f.getRule().file()).as(f.getCode()).endsWith(".drl").doesNotStartWith("?");
        });
        assertThat(r.codes()).doesNotHaveDuplicates();
    }
}
