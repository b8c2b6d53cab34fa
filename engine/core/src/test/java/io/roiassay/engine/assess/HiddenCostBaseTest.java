package io.roiassay.engine.assess;

import io.roiassay.engine.Examples;
import io.roiassay.engine.caseio.CaseReader;
import io.roiassay.engine.facts.Finding;
import io.roiassay.engine.facts.Profile;
import io.roiassay.engine.facts.RuleRef;
import io.roiassay.engine.model.CostCategory;
import io.roiassay.engine.report.ReportFinancials;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The base of a licence-priced hidden-cost estimate (on-premise support and servers): the licence, or, when
 * the case pays for its software only by subscription, one year of subscription — named in the step.
 */
class HiddenCostBaseTest {

    private static List<BigDecimal> flow(String... v) {
        return java.util.Arrays.stream(v).map(BigDecimal::new).toList();
    }

    private static Profile onPremise() {
        Profile p = new Profile();
        p.set("hiddenCost.infrastructure.ratio", new BigDecimal("0.15"), "assumption");
        p.setText("hiddenCost.infrastructure.base", "license", "assumption");
        p.setText("hiddenCost.infrastructure.timing", "once", "assumption");
        p.set("hiddenCost.maintenance.ratio", new BigDecimal("0.20"), "assumption");
        p.setText("hiddenCost.maintenance.base", "license", "assumption");
        p.setText("hiddenCost.maintenance.timing", "annual", "assumption");
        return p;
    }

    private static List<Finding> asked() {
        return List.of(new Finding("hidden-cost/infrastructure", "warning", new RuleRef("r", "hidden-costs/x.drl"))
                        .estimate("infrastructure"),
                new Finding("hidden-cost/maintenance", "warning", new RuleRef("r", "hidden-costs/y.drl"))
                        .estimate("maintenance"));
    }

    @Test
    void licenceBase_withOnlyASubscription_usesOneYearOfSubscription() {
        // subscription 10,000 a year for 3 years, no licence: base = 10,000 (one year)
        // servers 0.15 × 10,000 = 1,500 once; support 0.20 × 10,000 = 2,000 a year × 3 = 6,000
        List<Finding> findings = asked();
        var out = HiddenCostEstimator.estimate(findings, onPremise(),
                Map.of(CostCategory.SUBSCRIPTION, flow("0", "10000", "10000", "10000")), 3, "USD");
        assertThat(out).hasSize(2).allSatisfy(e -> {
            assertThat(e.subscriptionAsLicense()).isTrue();
            assertThat(e.baseAmount()).isEqualByComparingTo("10000");
        });
        assertThat(out.get(0).flow()).usingElementComparator(BigDecimal::compareTo).containsExactly(flow("1500", "0", "0", "0").toArray(BigDecimal[]::new));
        assertThat(out.get(1).flow()).usingElementComparator(BigDecimal::compareTo).containsExactly(flow("0", "2000", "2000", "2000").toArray(BigDecimal[]::new));
        assertThat(findings.get(0).getEstimate()).isEqualByComparingTo("1500.00");
        assertThat(findings.get(1).getEstimate()).isEqualByComparingTo("6000.00");
    }

    @Test
    void licenceBase_withALicence_usesTheLicenceOnly() {
        // licence 50,000 + subscription 10,000 a year: servers 0.15 × 50,000 = 7,500; the subscription is not added
        List<Finding> findings = asked();
        var out = HiddenCostEstimator.estimate(findings, onPremise(), Map.of(CostCategory.LICENSE, flow("50000", "0", "0", "0"),
                CostCategory.SUBSCRIPTION, flow("0", "10000", "10000", "10000")), 3, "USD");
        assertThat(out.get(0).subscriptionAsLicense()).isFalse();
        assertThat(findings.get(0).getEstimate()).isEqualByComparingTo("7500.00");
        assertThat(findings.get(1).getEstimate()).isEqualByComparingTo("30000.00"); // 0.20 × 50,000 × 3
    }

    private static final String CASE = """
            format: roi-assay/case-1
            id: on-premise-subscription
            title: On-premise CRM paid by subscription
            currency: USD
            company: {industry: retail, employees: 500}
            deployment: {model: on-premise}
            horizon: {years: 3}
            costs:
              - {id: term-licence, category: subscription, amount: 10000, recurrence: annual, startYear: 1, endYear: 3}
              - {id: rollout, category: implementation, amount: 5000, recurrence: once, includes: [data-migration, training, integration, change-management, internal-staff]}
            benefits:
              - {id: saving, basis: cost-saving, amount: 20000, recurrence: annual, startYear: 1, endYear: 3, source: measured}
            """;

    @Test
    void onPremiseCase_payingBySubscription_getsServerAndSupportEstimates_namingTheBase() throws Exception {
        var c = new CaseReader().read(CASE, "case.yaml", false);
        for (String lang : List.of("en", "zh-CN")) {
            var report = Examples.assay().engine().assess(c, lang);
            Map<String, ReportFinancials.Adjustment> steps = new java.util.HashMap<>();
            report.financials().adjustments().stream().filter(s -> s.step().equals("hidden-cost"))
                    .forEach(s -> steps.put(s.target(), s));
            assertThat(steps).containsOnlyKeys("infrastructure", "maintenance");
            // before the cost risk factor: 0.15 × 10,000 = 1,500 once; 0.20 × 10,000 × 3 years = 6,000
            assertThat(steps.get("infrastructure").costsDelta()).isEqualByComparingTo("1500");
            assertThat(steps.get("maintenance").costsDelta()).isEqualByComparingTo("6000");
            assertThat(steps.get("infrastructure").description()).isEqualTo(lang.equals("en")
                    ? "estimated infrastructure cost added: 0.15 × one year of subscription (no licence: the subscription"
                    + " is the software spend) of 10,000.00, once"
                    : "补充估算的服务器成本：0.15 × 一年订阅费（无软件许可费：订阅费即软件支出）10,000.00，一次性");
            assertThat(report.findings()).filteredOn(f -> f.code().equals("hidden-cost/infrastructure"))
                    .singleElement().satisfies(f -> {
                        assertThat(f.severity()).isEqualTo("warning");
                        assertThat(f.estimate()).isEqualByComparingTo("1500");
                    });
        }
    }

    @Test
    void softwareBase_isNamedForWhatItIs_licencePlusOneYearOfSubscription_withItsAmount() throws Exception {
        // acme-retail: subscription 120,000 a year for 3 years (360,000 in all), no licence; the software base is
        // one year of it, 120,000, so integration is 0.25 × 120,000 = 30,000 and maintenance 0.05 × 120,000 a year
        for (String lang : List.of("en", "zh-CN")) {
            var report = Examples.assay().engine().assess(Examples.read("acme-retail.yaml"), lang);
            Map<String, ReportFinancials.Adjustment> steps = new java.util.HashMap<>();
            report.financials().adjustments().stream().filter(s -> s.step().equals("hidden-cost"))
                    .forEach(s -> steps.put(s.target(), s));
            assertThat(steps.get("integration").costsDelta()).isEqualByComparingTo("30000");
            assertThat(steps.get("integration").description()).isEqualTo(lang.equals("en")
                    ? "estimated integration cost added: 0.25 × software price (licence + one year of subscription)"
                    + " of 120,000.00, once"
                    : "补充估算的系统集成成本：0.25 × 软件报价（许可费 + 一年订阅费）120,000.00，一次性");
            // 6,000 a year for 3 years: the step's 18,000 is said to be the three years' (review: "each year" beside
            // a three-year total read as a wrong product)
            assertThat(steps.get("maintenance").costsDelta()).isEqualByComparingTo("18000");
            assertThat(steps.get("maintenance").description()).endsWith(lang.equals("en")
                    ? "0.05 × software price (licence + one year of subscription) of 120,000.00, each year (× 3 years)"
                    : "0.05 × 软件报价（许可费 + 一年订阅费）120,000.00，每年（共 3 年）");
        }
    }
}
