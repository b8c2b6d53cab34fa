package io.roiassay.engine.rules;

import io.roiassay.engine.facts.Profile;
import io.roiassay.engine.facts.ProfileKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;

import static io.roiassay.engine.rules.RulePackHarness.dec;
import static io.roiassay.engine.rules.RulePackHarness.scenario;
import static org.assertj.core.api.Assertions.assertThat;

/** The profile phase: industry aliases, size segments, deployment and the assumptions every profile carries. */
class RulePackProfileTest {

    static final List<String> CANONICAL_IDS = List.of("retail", "e-commerce", "finance", "insurance", "hospitality",
            "consulting", "manufacturing", "wholesale", "pharma", "healthcare", "technology", "fmcg", "foreign-trade",
            "education", "real-estate", "telecom", "logistics", "legal", "utilities", "other");

    @ParameterizedTest
    @CsvSource({"零售, retail", "零售业, retail", "Retail, retail", "电商, e-commerce", "ecommerce, e-commerce",
            "电子商务, e-commerce", "Banking, finance", "银行, finance", "投资, finance", "investment, finance",
            "保险, insurance", "酒店, hospitality", "航空, hospitality", "Airlines, hospitality", "旅游, hospitality",
            "咨询, consulting", "professional-services, consulting", "专业服务, consulting",
            "制造业, manufacturing", "批发, wholesale", "Distribution, wholesale", "分销, wholesale",
            "中药, pharma", "制药, pharma", "医药, pharma", "医疗, healthcare", "医疗卫生, healthcare",
            "IT, technology", "互联网, technology", "software, technology", "快消品, fmcg", "外贸, foreign-trade",
            "进出口, foreign-trade", "培训机构, education", "房地产, real-estate", "通信, telecom", "电信, telecom",
            "交通, logistics", "Transport, logistics", "律所, legal", "公用事业, utilities", "其他, other"})
    void industry_aliasMapsToCanonicalId(String text, String expected) {
        Profile p = scenario().industry(text).run().profile();
        assertThat(p.getIndustry()).isEqualTo(expected);
        assertThat(p.isIndustryRecognised()).isTrue();
    }

    @Test
    void industry_surroundingSpaceAndCaseIgnored() {
        assertThat(scenario().industry("  Foreign-Trade ").run().profile().getIndustry()).isEqualTo("foreign-trade");
    }

    @Test
    void industry_unknownTextBecomesOtherWithFinding() {
        var r = scenario().industry("养殖业").run();
        assertThat(r.profile().getIndustry()).isEqualTo("other");
        assertThat(r.profile().isIndustryRecognised()).isFalse();
        assertThat(r.finding("profile/unknown-industry")).hasValueSatisfying(f -> {
            assertThat(f.getSeverity()).isEqualTo("info");
            assertThat(f.getEvidence()).containsEntry("industryText", "养殖业").containsEntry("industryUsed", "other");
        });
    }

    @Test
    void industry_knownTextRaisesNoUnknownIndustryFinding() {
        assertThat(scenario().industry("其他").run().codes()).doesNotContain("profile/unknown-industry");
    }

    @ParameterizedTest
    @CsvSource({"1, small", "99, small", "100, mid-size", "999, mid-size", "1000, large", "50000, large"})
    void segment_byEmployees(int employees, String segment) {
        Profile p = scenario().currency("USD").employees(employees).annualRevenue("1").run().profile();
        assertThat(p.getSegment()).isEqualTo(segment);
        assertThat(p.text("segment.basis")).isEqualTo("employees");
    }

    @ParameterizedTest
    @CsvSource({"USD, 9999999, small", "USD, 10000000, mid-size", "EUR, 99999999, mid-size", "GBP, 100000000, large"})
    void segment_byRevenueWhenEmployeesMissing(String currency, String revenue, String segment) {
        Profile p = scenario().employees(null).currency(currency).annualRevenue(revenue).run().profile();
        assertThat(p.getSegment()).isEqualTo(segment);
        assertThat(p.text("segment.basis")).isEqualTo("annualRevenue");
        assertThat(p.getAssumptions().get("segment.basis").note()).startsWith("assumption");
    }

    @Test
    void segment_unknownWhenNeitherGiven_notMidSize() {
        Profile p = scenario().employees(null).annualRevenue(null).run().profile();
        assertThat(p.getSegment()).isEqualTo("unknown");
        assertThat(p.text("segment.basis")).isEqualTo("unknown");
        assertThat(p.getAssumptions().get("segment.basis").note()).contains("not taken as mid-size");
    }

    @Test
    void segment_revenueInCurrencyWithoutThresholds_isUnknown() {
        Profile p = scenario().employees(null).currency("JPY").annualRevenue("5000000").run().profile();
        assertThat(p.getSegment()).isEqualTo("unknown");
    }

    @ParameterizedTest
    @CsvSource({
            // 零售业: medium from 50 staff / 5 M, large from 300 staff AND 200 M (both lower bounds). One figure below
            // the medium bound: small whatever the other; one at or above it with the other missing: unknown
            "retail, 49, , small", "retail, 50, , unknown", "retail, 300, , unknown", "retail, 150, 3000000, small",
            "retail, 50, 5000000, mid-size", "retail, 320, 80000000, mid-size", "retail, 320, 200000000, large",
            "retail, , 4999999, small", "retail, , 5000000, unknown",
            // 工业: medium from 300 / 20 M, large from 1000 / 400 M
            "制造业, 299, , small", "制造业, 420, 180000000, mid-size", "中药, 1200, , unknown", "制造业, , 400000000, unknown",
            "中药, 1200, 400000000, large",
            // 软件和信息技术服务业: medium from 100 / 10 M, large from 300 / 100 M
            "technology, 99, , small", "technology, , 100000000, unknown", "technology, 300, 100000000, large",
            // 批发业: medium from 20 / 50 M, large from 200 / 400 M
            "wholesale, 20, , unknown", "wholesale, 200, 50000000, mid-size",
            // other sectors: staff only (100 / 300); revenue alone cannot decide
            "finance, 150, , mid-size", "finance, , 900000000, unknown"})
    void segment_cnyCasesFollowTheChineseSmeStandard(String industry, Integer employees, String revenue, String segment) {
        Profile p = scenario().currency("CNY").industry(industry).employees(employees).annualRevenue(revenue).run().profile();
        assertThat(p.getSegment()).isEqualTo(segment);
        if (!"unknown".equals(segment)) {
            assertThat(p.getAssumptions().get("segment.basis").note()).startsWith("中小企业划型标准规定 (工信部联企业〔2011〕300号)");
        } else if (employees != null || !"finance".equals(industry)) {
            assertThat(p.getAssumptions().get("segment.basis").note()).startsWith("中小企业划型标准规定 (工信部联企业〔2011〕300号)")
                    .contains("needs both employees and annual revenue", "only " + (employees != null ? "employees" : "annualRevenue")
                            + " was given", "not taken as mid-size");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"saas", "on-premise", "hybrid"})
    void deployment_asStated(String model) {
        assertThat(scenario().deployment(model).run().profile().getDeployment()).isEqualTo(model);
    }

    @Test
    void deployment_defaultsToSaas() {
        Profile p = scenario().deployment(null).run().profile();
        assertThat(p.getDeployment()).isEqualTo("saas");
        assertThat(p.text("deployment.basis")).isEqualTo("default");
    }

    @Test
    void assumptions_everyRequiredKeyWithANoteForEveryIndustryAndSegment() {
        for (String industry : CANONICAL_IDS) {
            for (Integer employees : new Integer[] {10, 300, 3000}) {
                for (String deployment : new String[] {"saas", "on-premise", "hybrid"}) {
                    Profile p = scenario().industry(industry).employees(employees).deployment(deployment).run().profile();
                    String where = industry + "/" + employees + "/" + deployment;
                    assertThat(p.getIndustry()).as(where).isEqualTo(industry);
                    for (String key : ProfileKeys.required()) {
                        assertThat(p.has(key)).as(where + " lacks " + key).isTrue();
                        assertThat(p.getAssumptions().get(key).note()).as(where + " " + key).isNotBlank();
                        if (key.endsWith(".base")) {
                            assertThat(p.text(key)).as(where + " " + key).isIn("software", "license", "total");
                        } else if (key.endsWith(".timing")) {
                            assertThat(p.text(key)).as(where + " " + key).isIn("once", "annual");
                        } else {
                            assertThat(p.number(key)).as(where + " " + key).isNotNull();
                        }
                    }
                }
            }
        }
    }

    @Test
    void assumptions_ratiosAndFactorsWithinPublishedRanges() {
        Profile p = scenario().run().profile();
        assertThat(p.number("productivityFactor.sales")).isBetween(dec("0.7"), dec("0.9"));
        assertThat(p.number("productivityFactor.marketing")).isLessThanOrEqualTo(dec("0.5"));
        assertThat(p.getAssumptions().get("productivityFactor.sales").note()).contains("Nucleus Research");
        assertThat(p.number("verdict.strongRoiPercent")).isGreaterThan(p.number("verdict.positiveRoiPercent"));
        assertThat(p.number("verdict.positiveRoiPercent")).isGreaterThan(p.number("verdict.marginalRoiPercent"));
        assertThat(p.number("rampUp.year1")).isEqualByComparingTo("0.50");
        assertThat(p.number("rampUp.year2")).isEqualByComparingTo("0.85");
        assertThat(p.number("rampUp.year3")).isEqualByComparingTo("1.00");
    }

    @Test
    void assumptions_industriesDifferModestly() {
        assertThat(margin("retail")).isEqualByComparingTo("0.30");
        assertThat(margin("中药")).isEqualByComparingTo("0.60");
        assertThat(margin("technology")).isEqualByComparingTo("0.65");
        assertThat(margin("wholesale")).isEqualByComparingTo("0.15");
        assertThat(margin("养殖业")).isEqualByComparingTo("0.35");
        Profile manufacturing = scenario().industry("制造业").run().profile();
        Profile consulting = scenario().industry("consulting").run().profile();
        assertThat(manufacturing.number("hiddenCost.integration.ratio"))
                .isGreaterThan(consulting.number("hiddenCost.integration.ratio"));
        Profile finance = scenario().industry("banking").run().profile();
        assertThat(finance.number("riskAdjustment.benefits")).isGreaterThan(consulting.number("riskAdjustment.benefits"));
        assertThat(scenario().industry("healthcare").run().profile().number("riskAdjustment.benefits"))
                .isGreaterThan(consulting.number("riskAdjustment.benefits"));
    }

    @Test
    void assumptions_onPremiseMaintenanceIsTwentyPercentOfLicencePerYear() {
        Profile saas = scenario().run().profile();
        Profile onPremise = scenario().deployment("on-premise").run().profile();
        assertThat(onPremise.number("hiddenCost.maintenance.ratio")).isEqualByComparingTo("0.20");
        assertThat(onPremise.text("hiddenCost.maintenance.base")).isEqualTo("license");
        assertThat(onPremise.text("hiddenCost.maintenance.timing")).isEqualTo("annual");
        assertThat(onPremise.number("hiddenCost.infrastructure.ratio")).isPositive();
        assertThat(saas.number("hiddenCost.maintenance.ratio")).isLessThan(dec("0.20"));
        assertThat(saas.number("hiddenCost.infrastructure.ratio")).isZero();
    }

    @Test
    void assumptions_segmentChangesChangeManagementAndStaffTime() {
        // CNY retail: the SME standard needs both figures for the medium and large tiers
        Profile small = scenario().employees(20).run().profile();
        Profile mid = scenario().employees(100).annualRevenue("50000000").run().profile();
        Profile large = scenario().employees(5000).annualRevenue("500000000").run().profile();
        assertThat(List.of(small.getSegment(), mid.getSegment(), large.getSegment())).containsExactly("small", "mid-size", "large");
        assertThat(small.number("hiddenCost.change-management.ratio"))
                .isLessThan(mid.number("hiddenCost.change-management.ratio"));
        assertThat(large.number("hiddenCost.change-management.ratio"))
                .isGreaterThan(mid.number("hiddenCost.change-management.ratio"));
        assertThat(large.number("hiddenCost.internal-staff.ratio"))
                .isGreaterThan(small.number("hiddenCost.internal-staff.ratio"));
    }

    @ParameterizedTest
    @CsvSource({"USD, 45", "CNY, 120", "EUR, 42"})
    void loadedHourlyCost_byCurrency(String currency, String cost) {
        assertThat(scenario().currency(currency).run().profile().number("loadedHourlyCost")).isEqualByComparingTo(cost);
    }

    @Test
    void loadedHourlyCost_unsetForOtherCurrencies() {
        assertThat(scenario().currency("JPY").run().profile().has("loadedHourlyCost")).isFalse();
    }

    private static BigDecimal margin(String industry) {
        return scenario().industry(industry).run().profile().number("typicalGrossMargin");
    }
}
