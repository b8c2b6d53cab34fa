package io.roiassay.engine.assess;

import io.roiassay.engine.facts.RuleRef;
import io.roiassay.plugin.Text;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The adjustment plan applied by hand: every factor, the order of the chain, the steps it reports. */
class AdjustmentPlanTest {

    private static final RuleRef RULE = new RuleRef("r", "adjustments/x.drl");
    private static final Text T = Text.of("t", "t");

    private static List<BigDecimal> flow(String... v) {
        return java.util.Arrays.stream(v).map(BigDecimal::new).toList();
    }

    private static AdjustmentPlan.Factor scale(String step, String driver, String value) {
        return new AdjustmentPlan.Factor(step, driver, new BigDecimal(value), null, false, driver, null, RULE, T);
    }

    private static AdjustmentPlan.Factor curve(String cap, String... ramp) {
        return new AdjustmentPlan.Factor("realisation", "adoptionRate", cap == null ? null : new BigDecimal(cap),
                flow(ramp), false, "rampUp", null, RULE, T);
    }

    private static AdjustmentPlan plan(List<AdjustmentPlan.Factor> factors, AdjustmentPlan.CostFlow... costs) {
        return new AdjustmentPlan(3, new BigDecimal("0.10"),
                List.of(new AdjustmentPlan.Line("plugin:sales@1.0.0#deal-size", "deal-size",
                        flow("0", "100000", "100000", "100000"), factors)),
                List.of(costs));
    }

    @Test
    void realisationCurve_adoptionCapsTheRamp_neverMultipliesIt() {
        // min(0.5, 0.6333) = 0.5; min(0.85, 0.6333) = 0.6333; min(1, 0.6333) = 0.6333
        var r = PlanEvaluator.apply(plan(List.of(curve("0.6333", "1", "0.5", "0.85", "1"))));
        assertThat(r.benefitsByLine().get("plugin:sales@1.0.0#deal-size"))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("0"), new BigDecimal("50000"), new BigDecimal("63330"), new BigDecimal("63330"));
        // multiplied, year 1 would have been 0.5 × 0.6333 × 100 000 = 31 665: the curve keeps 50 000
        assertThat(r.steps()).singleElement().satisfies(s -> {
            assertThat(s.step()).isEqualTo("realisation");
            assertThat(s.factor()).isEqualTo("min(0.50/0.85/1.00, 0.6333)");
            assertThat(s.benefitsDelta()).isEqualByComparingTo("-123340");
        });
    }

    @Test
    void realisationCurve_capReadsLikeTheRamp_twoDecimalsWithoutTrailingZeros() {
        // tcm-pharma-service: 135 of 150 users active is computed as 0.9000 and shown as 0.90 beside 0.40/0.80/1.00
        var r = PlanEvaluator.apply(plan(List.of(curve("0.9000", "1", "0.40", "0.80", "1"))));
        assertThat(r.steps()).singleElement().satisfies(s -> assertThat(s.factor()).isEqualTo("min(0.40/0.80/1.00, 0.90)"));
        var capOnly = PlanEvaluator.apply(plan(List.of(new AdjustmentPlan.Factor("realisation", "adoptionRate",
                new BigDecimal("0.6500"), null, false, "x", null, RULE, T))));
        assertThat(capOnly.steps()).singleElement().satisfies(s -> assertThat(s.factor()).isEqualTo("0.65"));
    }

    @Test
    void realisationCurve_withoutAdoption_isTheRamp_andWithoutRamp_isTheCap() {
        var ramp = PlanEvaluator.apply(plan(List.of(curve(null, "1", "0.5", "0.85", "1"))));
        assertThat(ramp.benefitsByLine().values().iterator().next().get(2)).isEqualByComparingTo("85000");
        var cap = PlanEvaluator.apply(plan(List.of(new AdjustmentPlan.Factor("realisation", "adoptionRate",
                new BigDecimal("0.65"), null, false, "x", null, RULE, T))));
        assertThat(cap.benefitsByLine().values().iterator().next().get(1)).isEqualByComparingTo("65000");
    }

    @Test
    void chain_attributionThenCurveThenRisk_eachStepReportsItsOwnDelta() {
        // 300 000 × 0.6 = 180 000 (−120 000); curve: 60 000 × 0.5 + 60 000 × 0.6333 × 2 = 105 996 (−74 004);
        // risk × 0.9 = 95 396.4 (−10 599.6)
        var r = PlanEvaluator.apply(plan(List.of(scale("attribution", "crmShare", "0.6"),
                curve("0.6333", "1", "0.5", "0.85", "1"), scale("risk-benefits", "risk.target", "0.9"))));
        assertThat(r.steps()).extracting(AdjustmentStep::step).containsExactly("attribution", "realisation", "risk-benefits");
        assertThat(r.steps()).extracting(AdjustmentStep::benefitsDelta).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("-120000"), new BigDecimal("-74004"), new BigDecimal("-10599.6"));
        assertThat(r.benefitsByLine().values().iterator().next().get(1)).isEqualByComparingTo("27000");
        assertThat(r.steps().get(0).assumption()).isEqualTo("crmShare");
        assertThat(r.steps().get(0).rule()).isEqualTo(RULE);
    }

    @Test
    void correctionDropsALine_andNamesTheFinding() {
        var drop = new AdjustmentPlan.Factor("correction", null, BigDecimal.ZERO, null, false, null,
                "mistake/double-counting", RULE, T);
        var r = PlanEvaluator.apply(plan(List.of(drop, scale("risk-benefits", "risk.target", "0.9"))));
        assertThat(r.steps()).singleElement().satisfies(s -> {
            assertThat(s.step()).isEqualTo("correction");
            assertThat(s.finding()).isEqualTo("mistake/double-counting");
            assertThat(s.benefitsDelta()).isEqualByComparingTo("-300000");
        });
    }

    @Test
    void costs_enteredPlusCorrectionPlusEstimate_thenRisk() {
        // entered [100, 50, 0, 0] + [0, 50, 50, 50], extended [0, 0, 50, 50], estimate [30, 0, 0, 0]
        // = [130, 100, 100, 100] = 430; × 1.05 = [136.5, 105, 105, 105] = 451.5 (+21.5)
        var entered = new AdjustmentPlan.CostFlow("entered", "costs[0]", flow("100", "50", "0", "0"), null, null, null, null, null);
        var entered2 = new AdjustmentPlan.CostFlow("entered", "costs[1]", flow("0", "50", "50", "50"), null, null, null, null, null);
        var extended = new AdjustmentPlan.CostFlow("correction", "costs[0]", flow("0", "0", "50", "50"),
                "mistake/period-mismatch", "costs[0].endYear", RULE, T, "50 × 2");
        var hidden = new AdjustmentPlan.CostFlow("hidden", "training", flow("30", "0", "0", "0"),
                "hidden-cost/training", "hiddenCost.training.ratio", RULE, T, "0.15");
        var risk = scale("risk-costs", "risk.costs", "1.05");
        var r = PlanEvaluator.apply(plan(List.of(), entered.withRisk(risk), entered2.withRisk(risk), extended.withRisk(risk),
                hidden.withRisk(risk)));
        assertThat(r.costs()).usingElementComparator(BigDecimal::compareTo).containsExactly(
                new BigDecimal("136.5"), new BigDecimal("105"), new BigDecimal("105"), new BigDecimal("105"));
        assertThat(r.steps()).extracting(AdjustmentStep::step).containsExactly("correction", "hidden-cost", "risk-costs");
        assertThat(r.steps().get(0).costsDelta()).isEqualByComparingTo("100");
        assertThat(r.steps().get(0).finding()).isEqualTo("mistake/period-mismatch");
        assertThat(r.steps().get(2).costsDelta()).isEqualByComparingTo("21.5");
        assertThat(r.steps().get(2).target()).isEqualTo("costs[0], costs[1], training");
    }

    @Test
    void costRisk_perLine_contractedFeesAndEstimatesGetTheirOwnFactor_oneStepEach() {
        // contracted × 1.05: costs[0] [100, 50, 0, 0] (+7.5) and its extension [0, 0, 50, 50] (+5) = +12.5;
        // estimated × 1.10: costs[1] [0, 50, 50, 50] (+15) and the training estimate [30, 0, 0, 0] (+3) = +18;
        // per period: 105 + 33 = 138; 52.5 + 55 = 107.5; 52.5 + 55 = 107.5; 52.5 + 55 = 107.5 (430 + 30.5)
        var contracted = new AdjustmentPlan.Factor("risk-costs", "risk.costs", new BigDecimal("1.05"), null, false,
                "riskAdjustment.costs", null, RULE, T);
        var estimated = new AdjustmentPlan.Factor("risk-costs", "risk.costs.estimated", new BigDecimal("1.10"), null,
                false, "riskAdjustment.costs.estimated", null, RULE, T);
        var r = PlanEvaluator.apply(plan(List.of(),
                new AdjustmentPlan.CostFlow("entered", "costs[0]", flow("100", "50", "0", "0"), null, null, null, null,
                        null, contracted),
                new AdjustmentPlan.CostFlow("entered", "costs[1]", flow("0", "50", "50", "50"), null, null, null, null,
                        null, estimated),
                new AdjustmentPlan.CostFlow("correction", "costs[0]", flow("0", "0", "50", "50"), "mistake/period-mismatch",
                        "costs[0].endYear", RULE, T, "50 × 2", contracted),
                new AdjustmentPlan.CostFlow("hidden", "training", flow("30", "0", "0", "0"), "hidden-cost/training",
                        "hiddenCost.training.ratio", RULE, T, "0.15", estimated)));
        assertThat(r.costs()).usingElementComparator(BigDecimal::compareTo).containsExactly(
                new BigDecimal("138"), new BigDecimal("107.5"), new BigDecimal("107.5"), new BigDecimal("107.5"));
        assertThat(r.steps()).filteredOn(s -> s.step().equals("risk-costs")).satisfiesExactly(
                s -> {
                    assertThat(s.target()).isEqualTo("costs[0]");
                    assertThat(s.factor()).isEqualTo("1.05");
                    assertThat(s.assumption()).isEqualTo("riskAdjustment.costs");
                    assertThat(s.costsDelta()).isEqualByComparingTo("12.5");
                },
                s -> {
                    assertThat(s.target()).isEqualTo("costs[1], training");
                    assertThat(s.factor()).isEqualTo("1.10");
                    assertThat(s.assumption()).isEqualTo("riskAdjustment.costs.estimated");
                    assertThat(s.costsDelta()).isEqualByComparingTo("18");
                });
        // the doubles agree: a changed driver moves only its own lines (the estimates at 1.2: +10 + 6 more)
        assertThat(java.util.Arrays.stream(plan(List.of(),
                new AdjustmentPlan.CostFlow("entered", "costs[0]", flow("100", "50", "0", "0"), null, null, null, null,
                        null, contracted),
                new AdjustmentPlan.CostFlow("hidden", "training", flow("30", "0", "0", "0"), "h", "k", RULE, T, "0.15",
                        estimated)).costFlows(Map.of("risk.costs.estimated", 1.2))).sum()).isCloseTo(157.5 + 36, within(1e-9));
    }

    @Test
    void doubles_withTheDriversUnchanged_matchTheBigDecimalEvaluation() {
        var p = plan(List.of(scale("attribution", "crmShare", "0.6"), curve("0.6333", "1", "0.5", "0.85", "1")),
                new AdjustmentPlan.CostFlow("entered", "costs[0]", flow("100000", "20000", "20000", "20000"),
                        null, null, null, null, null).withRisk(scale("risk-costs", "risk.costs", "1.05")));
        var r = PlanEvaluator.apply(p);
        double npv = 0;
        for (int t = 0; t <= 3; t++) {
            npv += (r.benefitsByLine().values().iterator().next().get(t).doubleValue() - r.costs().get(t).doubleValue())
                    / Math.pow(1.1, t);
        }
        assertThat(p.npv(Map.of())).isCloseTo(npv, within(1e-6));
    }

    @Test
    void doubles_driversReplaceTheirFactors() {
        var p = plan(List.of(scale("attribution", "crmShare", "0.6"), curve("0.6333", "1", "0.5", "0.85", "1"),
                new AdjustmentPlan.Factor("gross-margin", "grossMarginRate", new BigDecimal("0.32"), null, true,
                        "company.grossMarginRate", null, null, T)));
        // crmShare 0.3 halves the line; adoption 1 leaves the ramp; a margin of 0.16 halves the embedded 0.32
        double[] base = p.benefitFlows(Map.of());
        double[] half = p.benefitFlows(Map.of("crmShare", 0.3));
        assertThat(half[2]).isCloseTo(base[2] / 2, within(1e-9));
        assertThat(p.benefitFlows(Map.of("adoptionRate", 1.0))[2]).isCloseTo(100000 * 0.6 * 0.85, within(1e-9));
        assertThat(p.benefitFlows(Map.of("grossMarginRate", 0.16))[1]).isCloseTo(base[1] / 2, within(1e-9));
        assertThat(p.benefitFlows(Map.of("benefitScale", 2.0))[3]).isCloseTo(base[3] * 2, within(1e-9));
        // the embedded margin is not applied again in BigDecimal
        assertThat(PlanEvaluator.apply(p).benefitsByLine().values().iterator().next().get(1)).isEqualByComparingTo("30000");
    }

    @Test
    void doubles_costScalesAndDiscountRate() {
        var p = plan(List.of(),
                new AdjustmentPlan.CostFlow("entered", "costs[0]", flow("100", "0", "0", "0"), null, null, null, null, null),
                new AdjustmentPlan.CostFlow("hidden", "training", flow("10", "0", "0", "0"), "h", "k", RULE, T, "0.1"));
        assertThat(p.costFlows(Map.of("costScale", 2.0, "hiddenCostScale", 0.5))[0]).isCloseTo(205, within(1e-9));
        // benefits 100 000 a year: NPV at 0 % = 300 000 − 110
        assertThat(p.npv(Map.of("discountRate", 0.0))).isCloseTo(299890, within(1e-6));
    }
}
