package io.roiassay.engine.assess;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.roiassay.engine.Examples;
import io.roiassay.engine.caseio.CaseReader;
import io.roiassay.engine.finance.FinancialCalculator;
import io.roiassay.engine.model.Case;
import io.roiassay.engine.sensitivity.BreakEven;
import io.roiassay.engine.sensitivity.Driver;
import io.roiassay.engine.sensitivity.SensitivityPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The compiled plan against the real {@code BigDecimal} pipeline: at the base values it reproduces the adjusted
 * NPV and ROI, and a case re-run with a driver set to its break-even value has an adjusted NPV of about 0.
 */
class SensitivityPipelineTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static CaseRun run(Case c) {
        return Examples.assay().engine().run(c, AssessOptions.NO_DRAWS);
    }

    /** The unrounded BigDecimal NPV and PV(costs) of the adjusted flows. */
    private static BigDecimal[] reference(CaseRun r) {
        BigDecimal rate = r.theCase().horizon().effectiveDiscountRate();
        BigDecimal pvCosts = FinancialCalculator.presentValue(r.sensitivity().reference().costs(), rate);
        BigDecimal pvBenefits = FinancialCalculator.presentValue(r.sensitivity().reference().benefits(), rate);
        return new BigDecimal[] {pvBenefits.subtract(pvCosts), pvCosts};
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme-retail.yaml", "seed-000-benefit-1m-cost-500k.yaml", "seed-001-gross-profit-525.yaml",
            "seed-001-new-profit-1000.yaml", "seed-004-first-year-tco.yaml", "tcm-pharma-service.yaml",
            "vendor-claim-audit.yaml"})
    void plan_atBaseValues_reproducesTheBigDecimalAdjustedNpvAndRoi(String example) throws Exception {
        CaseRun r = run(Examples.read(example));
        SensitivityPlan plan = r.sensitivity().plan();
        double[] out = new double[3];
        plan.evaluate(plan.base(), out);
        BigDecimal[] ref = reference(r);
        double npv = ref[0].doubleValue();
        double roi = ref[0].divide(ref[1], MathContext.DECIMAL128).doubleValue() * 100;

        assertThat(out[0]).isCloseTo(npv, within(Math.abs(npv) * 1e-6));
        assertThat(out[0] / out[1] * 100).isCloseTo(roi, within(Math.abs(roi) * 1e-6));
        // And the reference is what the report shows, before rounding.
        assertThat(ref[0].setScale(2, java.math.RoundingMode.HALF_EVEN)).isEqualByComparingTo(r.adjusted().npv());
    }

    @Test
    void seed004_breakEvens_noneForAdoptionWhichScalesNoLine_noneForTheDiscountRateBelowItsIrr() throws Exception {
        // its benefits are company-level sales figures (the per-user rep time is dropped as a double count):
        // adoption does not cap them, so it moves nothing and has no break-even; NPV is 0 only at the IRR,
        // 111.12 %, beyond the discount rate's range (0..1)
        List<String> drivers = run(Examples.read("seed-004-first-year-tco.yaml")).sensitivity().breakEven().stream()
                .map(p -> p.driver().id()).toList();

        assertThat(drivers).containsExactly("crmShare", "grossMarginRate", "benefitScale", "costScale", "hiddenCostScale");
    }

    @Test
    void acmeRetail_negativeEvenAtFullAttributionOrMargin_breaksEvenOnlyOnTheScales() throws Exception {
        // Every adjusted acme benefit is a plugin line attributed at crmShare 0.6: break-even benefitScale =
        // PV(costs) ÷ PV(benefits) ≈ 2.9958, so crmShare would need 0.6 × 2.9958 ≈ 1.80 (beyond 1: none). The margin
        // has none either: above about 0.38 the double count keeps the stated line instead of the plugin's, and a
        // re-run at a margin of 1 is still at NPV −136,609.99 (the straight line 0.32 × 2.9958 ≈ 0.9586 was false).
        List<BreakEven.Point> points = run(Examples.read("acme-retail.yaml")).sensitivity().breakEven();
        List<String> drivers = points.stream().map(p -> p.driver().id()).toList();
        double scale = points.stream().filter(p -> p.driver() == Driver.BENEFIT_SCALE).findFirst().orElseThrow().value();

        assertThat(drivers).containsExactly("benefitScale", "costScale");
        assertThat(scale).isCloseTo(599_910.52 / 200_253.26, within(1e-4));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.05, 0.2, 0.32, 0.37, 0.39, 0.5, 0.7, 1.0})
    void acmeRetail_planAtAnotherMargin_matchesARerunAtThatMargin_acrossTheDoubleCountsSwitch(double margin) throws Exception {
        // acme's stated gross-profit line and the sales plugin's line (which embeds the margin) count one gain twice;
        // the smaller is kept, and which one that is changes with the margin (about 0.38). The plan must follow.
        CaseRun base = run(Examples.read("acme-retail.yaml"));
        String yaml = Files.readString(Examples.dir().resolve("acme-retail.yaml"))
                .replace("grossMarginRate: 0.32", "grossMarginRate: " + margin);
        CaseRun rerun = run(new CaseReader().read(yaml, "acme-retail.yaml", false));
        assertPlanAtMarginMatchesRerun(base, rerun, margin);
    }

    /** The base case's plan evaluated at {@code margin} gives the NPV the case re-run at that margin gives. */
    private static void assertPlanAtMarginMatchesRerun(CaseRun base, CaseRun rerun, double margin) {
        SensitivityPlan plan = base.sensitivity().plan();
        double[] drivers = plan.base();
        drivers[Driver.GROSS_MARGIN_RATE.ordinal()] = margin;
        double[] out = new double[3];
        plan.evaluate(drivers, out);
        double npv = reference(rerun)[0].doubleValue();

        assertThat(out[0]).isCloseTo(npv, within(Math.abs(npv) * 1e-6));
    }

    /** A stated revenue line (8 M a year) beside the sales plugin's profit line (14 M of growth at the margin). */
    private static final String REVENUE_TWICE = """
            format: roi-assay/case-1
            id: revenue-twice
            currency: CNY
            company: { industry: manufacturing, employees: 650, grossMarginRate: MARGIN }
            horizon: { years: 5 }
            costs:
              - { id: licence, category: license, amount: 1200000, recurrence: once }
              - { id: impl, category: implementation, amount: 900000, recurrence: once }
            benefits:
              - { id: sales-revenue-uplift, basis: revenue, amount: 8000000, recurrence: annual, source: measured }
            kpis:
              sales:
                source: measured
                before: { revenue: 330000000, winRate: 22, opportunities: 2000 }
                after:  { revenue: 344000000, winRate: 25, opportunities: 2000 }
            attribution: { crmShare: 0.4 }
            """;

    @ParameterizedTest
    @ValueSource(doubles = {0.1, 0.24, 0.41, 0.43, 0.6})
    void revenueLineBesideAPluginsProfit_planAtAnotherMargin_matchesARerunAtThatMargin(double margin) throws Exception {
        // as profit the stated side is 40 M × m and the plugin's 14 M × m a year over 5 years = 70 M × m: both move with
        // the margin (the stated line through its conversion, the plugin's through the margin it embeds), so the stated
        // line stays the one kept at every margin; compared as revenue (40 M against 70 M × m) the side would switch.
        CaseRun base = run(new CaseReader().read(REVENUE_TWICE.replace("MARGIN", "0.24"), "revenue-twice.yaml", false));
        CaseRun rerun = run(new CaseReader().read(REVENUE_TWICE.replace("MARGIN", Double.toString(margin)),
                "revenue-twice.yaml", false));
        assertPlanAtMarginMatchesRerun(base, rerun, margin);
    }

    @Test
    void revenueLineBesideAPluginsProfit_theRevenueAtTheMarginIsSmaller_soTheStatedLineIsKept() throws Exception {
        // stated: 8 000 000 × 5 years × 0.24 = 9 600 000 of profit; the plugin's: 14 000 000 × 0.24 × 5 = 16 800 000
        CaseRun r = run(new CaseReader().read(REVENUE_TWICE.replace("MARGIN", "0.24"), "revenue-twice.yaml", false));
        var dropped = r.plan().benefits().stream()
                .filter(l -> l.factors().stream().anyMatch(f -> "correction".equals(f.step())))
                .map(AdjustmentPlan.Line::id).toList();
        assertThat(dropped).containsExactly("revenue-growth");
    }

    @Test
    void noCostsAndNoBenefits_theDiscountRateHasNoBreakEven() throws Exception {
        // NPV is 0 at every rate: no value of the rate "brings" it to 0
        Case c = new CaseReader().read("""
                format: roi-assay/case-1
                id: nothing
                currency: CNY
                company: { industry: retail }
                costs: []
                """, "nothing.yaml", false);
        assertThat(run(c).sensitivity().breakEven()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed-001-gross-profit-525.yaml", "seed-004-first-year-tco.yaml", "tcm-pharma-service.yaml",
            "vendor-claim-audit.yaml"})
    void breakEven_rerunWithTheDriverAtThatValue_givesNpvOfAboutZero(String example) throws Exception {
        // seed-001 states no attribution, so no line takes the attribution step: give it a share to solve for
        String yaml = Files.readString(Examples.dir().resolve(example))
                + (example.startsWith("seed-001") ? "\nattribution:\n  crmShare: 0.9\n" : "");
        CaseRun base = run(new CaseReader().read(yaml, example, false));
        BigDecimal pvBenefits = FinancialCalculator.presentValue(base.sensitivity().reference().benefits(),
                base.theCase().horizon().effectiveDiscountRate());
        int checked = 0;
        for (BreakEven.Point p : base.sensitivity().breakEven()) {
            ObjectNode tree = (ObjectNode) YAML.readTree(yaml);
            // 12 places: the case reader takes numbers of at most 40 characters and 20 decimal places.
            BigDecimal value = BigDecimal.valueOf(p.value()).setScale(12, java.math.RoundingMode.HALF_EVEN);
            switch (p.driver()) {
                case CRM_SHARE -> tree.with("attribution").put("crmShare", value);
                // an insurer's revenue is converted at the profile's revenueMarginRate, which only the case's own
                // assumptions.values.revenueMarginRate replaces (a stated gross margin does not)
                case GROSS_MARGIN_RATE -> {
                    tree.with("company").put("grossMarginRate", value);
                    tree.with("assumptions").with("values").put("revenueMarginRate", value);
                }
                case DISCOUNT_RATE -> tree.with("horizon").put("discountRate", value);
                case ADOPTION_RATE -> tree.with("deployment").put("licensedUsers", 100_000_000)
                        .put("activeUsers", Math.round(p.value() * 100_000_000));
                default -> {
                    continue;
                }
            }
            Case moved = new CaseReader().read(tree.toString(), example + ".json", true);
            BigDecimal npv = reference(run(moved))[0];
            // The pipeline rounds activeUsers ÷ licensedUsers to 4 places: NPV moves by up to 0.5e-4 of PV(benefits).
            double tolerance = p.driver() == Driver.ADOPTION_RATE ? 1e-4 : 1e-6;

            assertThat(npv.abs().doubleValue()).as("%s: NPV at %s = %s", example, p.driver().id(), p.value())
                    .isLessThan(pvBenefits.doubleValue() * tolerance + 0.01);
            checked++;
        }
        assertThat(checked).isGreaterThan(0);
    }

    @Test
    void benefitTolerance_isMinusNpvOverPvBenefits() throws Exception {
        CaseRun r = run(Examples.read("acme-retail.yaml"));
        BigDecimal[] ref = reference(r);
        BigDecimal pvBenefits = ref[0].add(ref[1]);
        double expected = -ref[0].doubleValue() / pvBenefits.doubleValue() * 100;

        assertThat(r.sensitivity().benefitTolerancePercent()).isCloseTo(expected, within(1e-9 * Math.abs(expected)));
    }

    @Test
    void benefitScale_atItsBreakEven_isOnePlusTheTolerance() throws Exception {
        CaseSensitivity s = run(Examples.read("acme-retail.yaml")).sensitivity();
        double scale = s.breakEven().stream().filter(p -> p.driver() == Driver.BENEFIT_SCALE).findFirst()
                .orElseThrow().value();

        assertThat(scale).isCloseTo(1 + s.benefitTolerancePercent() / 100, within(1e-9));
    }
}
