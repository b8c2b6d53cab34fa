package io.roiassay.engine.sensitivity;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The compiled plan's arithmetic, break-even values and tornado on a hand-computed case. */
class SensitivityPlanTest {

    private final SensitivityPlan plan = Plans.simple();

    private double[] at(Driver d, double value) {
        double[] drivers = plan.base();
        drivers[d.ordinal()] = value;
        double[] out = new double[3];
        plan.evaluate(drivers, out);
        return out;
    }

    @Test
    void evaluate_atBase_givesTheHandComputedNpvAndPvs() {
        double[] out = at(Driver.CRM_SHARE, 1);

        assertThat(out[0]).isCloseTo(243.4260, within(1e-4));
        assertThat(out[1]).isCloseTo(1248.6852, within(1e-4));
        assertThat(out[2]).isCloseTo(1492.1112, within(1e-4));
    }

    @Test
    void evaluate_halfTheShare_halvesTheBenefits() {
        assertThat(at(Driver.CRM_SHARE, 0.5)[2]).isCloseTo(746.0556, within(1e-4));
    }

    @Test
    void evaluate_costScaleAndHiddenScale_scaleOnlyTheirCosts() {
        SensitivityPlan withHidden = SensitivityPlan.builder(2).enteredCosts(new double[] {100, 0})
                .hiddenCosts(new double[] {50, 0}).build();
        double[] drivers = withHidden.base();
        drivers[Driver.HIDDEN_COST_SCALE.ordinal()] = 2;
        drivers[Driver.COST_SCALE.ordinal()] = 0.5;
        double[] out = new double[3];

        withHidden.evaluate(drivers, out);

        // costScale moves the entered costs, hiddenCostScale the estimates
        assertThat(out[1]).isCloseTo(0.5 * 100 + 2 * 50, within(1e-9));
    }

    @Test
    void applies_onlyDriversTheCaseHas() {
        assertThat(plan.applies(Driver.CRM_SHARE)).isTrue();
        assertThat(plan.applies(Driver.GROSS_MARGIN_RATE)).isFalse();
        assertThat(plan.applies(Driver.ADOPTION_RATE)).isFalse();
        assertThat(plan.applies(Driver.HIDDEN_COST_SCALE)).isFalse();
    }

    @Test
    void breakEven_linearDrivers_haveTheClosedFormValue() {
        List<BreakEven.Point> points = BreakEven.solve(plan);

        assertThat(points).extracting(p -> p.driver().id())
                .containsExactly("crmShare", "benefitScale", "costScale", "discountRate");
        // PV(costs) ÷ PV(benefits) = 1,248.6852 ÷ 1,492.1112 = 0.836858
        assertThat(points.get(0).value()).isCloseTo(0.836858, within(1e-6));
        assertThat(points.get(1).value()).isCloseTo(0.836858, within(1e-6));
        assertThat(points.get(2).value()).isCloseTo(1.194945, within(1e-6));
    }

    @Test
    void breakEven_discountRate_isTheRateWhereNpvIsZero() {
        double r = BreakEven.solve(plan).get(3).value();

        // 1000 = 500 × annuity(r, 3) at r ≈ 23.375 %
        assertThat(r).isCloseTo(0.23375, within(1e-5));
        assertThat(at(Driver.DISCOUNT_RATE, r)[0]).isCloseTo(0, within(1e-9));
    }

    @Test
    void benefitTolerance_isMinusNpvOverPvBenefits() {
        assertThat(BreakEven.benefitTolerancePercent(plan)).isCloseTo(-243.4260 / 1492.1112 * 100, within(1e-5));
    }

    @Test
    void tornado_widestSwingFirst_withGradesAtEachEnd() {
        List<Tornado.Bar> bars = Tornado.of(plan, List.of(
                Plans.range(Driver.DISCOUNT_RATE, "0.08", "0.10", "0.12"),
                Plans.range(Driver.CRM_SHARE, "0.8", "1", "1")), Plans.bands());

        assertThat(bars).extracting(b -> b.driver().id()).containsExactly("crmShare", "discountRate");
        Tornado.Bar share = bars.get(0);
        // at 0.8: benefits 1,193.6890, NPV −54.9962, ROI −4.40 %
        assertThat(share.roiLow()).isCloseTo(-4.4043, within(1e-3));
        assertThat(share.gradeLow()).isEqualTo("negative");
        assertThat(share.gradeHigh()).isEqualTo("marginal");
    }

    @Test
    void tornado_rangeCrossingTheGrade_namesWhereTheGradeChanges() {
        Tornado.Bar share = Tornado.of(plan, List.of(Plans.range(Driver.CRM_SHARE, "0.8", "1", "1")),
                Plans.bands()).get(0);

        // marginal holds while NPV ≥ 0: down to the break-even share 0.836858
        assertThat(share.crossesGrade()).isTrue();
        assertThat(share.gradeChangesAt()).isCloseTo(0.836858, within(1e-6));
        assertThat(share.direction()).isEqualTo("below");
        assertThat(share.gradeBeyond()).isEqualTo("negative");
    }

    @Test
    void tornado_rangeInsideTheGrade_hasNoBoundary() {
        // ROI falls as the rate rises: 19.49 % at 0.10, lower at 0.12 — marginal at both ends
        Tornado.Bar rate = Tornado.of(plan, List.of(Plans.range(Driver.DISCOUNT_RATE, "0.10", "0.10", "0.12")),
                Plans.bands()).get(0);

        assertThat(rate.crossesGrade()).isFalse();
        assertThat(rate.gradeLow()).isEqualTo("marginal");
        assertThat(rate.gradeHigh()).isEqualTo("marginal");
    }

    @Test
    void evaluate_adoptionCappingARealisationCurve_takesTheMinimumPerPeriod() {
        // 100 a year realised 0.5 / 0.85 / 1 over three years, adoption caps it at 0.7: 50 + 70 + 70 undiscounted
        SensitivityPlan capped = SensitivityPlan.builder(4)
                .benefit(new double[] {0, 100, 100, 100}, false, SensitivityPlan.Margin.NONE, false,
                        new double[] {0, 0.5, 0.85, 1})
                .base(Driver.ADOPTION_RATE, 0.7).base(Driver.DISCOUNT_RATE, 0).build();
        double[] out = new double[3];

        capped.evaluate(capped.base(), out);

        assertThat(out[2]).isCloseTo(190, within(1e-9));
        assertThat(capped.linearIn(Driver.ADOPTION_RATE)).isFalse();
        assertThat(capped.applies(Driver.ADOPTION_RATE)).isTrue();
    }
}
