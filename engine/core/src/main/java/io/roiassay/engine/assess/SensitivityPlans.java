package io.roiassay.engine.assess;

import io.roiassay.engine.model.Case;
import io.roiassay.engine.sensitivity.Driver;
import io.roiassay.engine.sensitivity.SensitivityPlan;

import java.math.BigDecimal;

/**
 * Compiles a case's {@link AdjustmentPlan} into a {@link SensitivityPlan} (doubles, grouped by driver): per benefit
 * line the entered flow times every factor that is not a driver (corrections, productivity, risk), and which
 * driver factors apply to it: {@code crmShare} (attributed), {@code grossMarginRate} (stated revenue: times the
 * margin; a plugin's embedded margin: relative to the base margin) and {@code adoptionRate} (a realisation ramp
 * capped by adoption, or plain adoption scaling without a ramp); entered cost lines and corrections as the entered
 * costs, hidden-cost estimates apart (so {@code costScale} does not move them), each flow times its cost risk factor; the base
 * value of every driver; and each keep-the-smaller double count as a choice between its two sides (their lines
 * without the correction's 0, and their entered totals), so a changed margin can switch the side kept. At the base
 * values the plan reproduces the adjusted figures.
 */
final class SensitivityPlans {

    private SensitivityPlans() {
    }

    /**
     * @param adoptionRate activeUsers ÷ licensedUsers, or null when unknown (then adoption is not a driver: a
     *                     realisation factor stays fixed at its planned curve)
     */
    static SensitivityPlan compile(AdjustmentPlan plan, Case c, BigDecimal margin, BigDecimal adoptionRate) {
        int periods = plan.years() + 1;
        double share = c.attribution().effectiveCrmShare().doubleValue();
        double baseMargin = margin.doubleValue();
        double baseAdoption = adoptionRate == null ? 1 : Math.min(1, adoptionRate.doubleValue());
        SensitivityPlan.Builder b = SensitivityPlan.builder(periods);
        int[] choiceIndex = new int[plan.choices().size()];
        for (int i = 0; i < choiceIndex.length; i++) {
            choiceIndex[i] = choice(b, plan.choices().get(i), plan.benefits(), baseMargin);
        }
        for (AdjustmentPlan.Line l : plan.benefits()) {
            int choice = -1;
            int side = 0;
            AdjustmentPlan.Choice in = null;
            for (int i = 0; i < choiceIndex.length && in == null; i++) {
                if (plan.choices().get(i).sideOf(l.key()) >= 0) {
                    in = plan.choices().get(i);
                    choice = choiceIndex[i];
                    side = in.sideOf(l.key());
                }
            }
            double[] flow = doubles(l.entered());
            boolean attributed = false;
            boolean adopted = false;
            double[] curve = null;
            SensitivityPlan.Margin m = SensitivityPlan.Margin.NONE;
            for (AdjustmentPlan.Factor f : l.factors()) {
                String driver = f.driver() == null ? "" : f.driver();
                if (in != null && keepSmallerDrop(f, in)) {
                    continue; // the choice decides at each evaluation whether this side counts
                }
                if (driver.equals(Driver.CRM_SHARE.id())) {
                    attributed = true;
                    scale(flow, ratio(f.value(), share));
                } else if (driver.equals(Driver.GROSS_MARGIN_RATE.id()) && f.embedded()) {
                    if (m == SensitivityPlan.Margin.NONE) {
                        m = SensitivityPlan.Margin.RELATIVE;
                        scale(flow, ratio(f.value(), baseMargin));
                    }
                } else if (driver.equals(Driver.GROSS_MARGIN_RATE.id())) {
                    m = SensitivityPlan.Margin.TIMES_MARGIN;
                    scale(flow, ratio(f.value(), baseMargin));
                } else if (driver.equals(Driver.ADOPTION_RATE.id()) && adoptionRate != null && f.ramp() != null) {
                    curve = doubles(f.ramp());
                } else if (driver.equals(Driver.ADOPTION_RATE.id()) && adoptionRate != null) {
                    adopted = true;
                    scale(flow, ratio(f.value() == null ? BigDecimal.ONE : f.value(), baseAdoption));
                } else {
                    for (int t = 0; t < periods; t++) {
                        flow[t] *= f.at(t).doubleValue();
                    }
                }
            }
            b.benefit(flow, attributed, m, adopted, curve, choice, side);
        }
        double[] entered = new double[periods];
        double[] hidden = new double[periods];
        for (AdjustmentPlan.CostFlow cf : plan.costs()) {
            double[] into = "hidden".equals(cf.kind()) ? hidden : entered;
            double risk = cf.risk() == null ? 1 : cf.risk().at(0).doubleValue();
            for (int t = 0; t < periods; t++) {
                into[t] += cf.flow().get(t).doubleValue() * risk;
            }
        }
        return b.enteredCosts(entered).hiddenCosts(hidden)
                .base(Driver.CRM_SHARE, share)
                .base(Driver.GROSS_MARGIN_RATE, baseMargin)
                .base(Driver.ADOPTION_RATE, baseAdoption)
                .base(Driver.DISCOUNT_RATE, plan.discountRate().doubleValue())
                .build();
    }

    /** The 0 a keep-the-smaller correction puts on the side it drops. */
    private static boolean keepSmallerDrop(AdjustmentPlan.Factor f, AdjustmentPlan.Choice c) {
        return "correction".equals(f.step()) && f.driver() == null && c.finding().equals(f.finding());
    }

    /**
     * A choice's sides by their totals as profit, as the correction compares them: a line whose amount embeds the
     * base margin (a plugin's gross margin) counts in the part that moves with the margin, and so does a revenue
     * line turned into profit, at its entered total times the base margin.
     */
    private static int choice(SensitivityPlan.Builder b, AdjustmentPlan.Choice c, java.util.List<AdjustmentPlan.Line> lines,
                              double baseMargin) {
        double[] t = new double[4];
        int dropped = 0;
        for (AdjustmentPlan.Line l : lines) {
            int side = c.sideOf(l.key());
            if (side < 0) {
                continue;
            }
            if (l.factors().stream().anyMatch(f -> keepSmallerDrop(f, c))) {
                dropped = side;
            }
            double total = 0;
            for (BigDecimal x : l.entered()) {
                total += x.doubleValue();
            }
            boolean embedded = l.factors().stream().anyMatch(f -> f.embedded()
                    && Driver.GROSS_MARGIN_RATE.id().equals(f.driver()));
            boolean converted = !embedded && l.factors().stream().anyMatch(f -> !f.embedded()
                    && Driver.GROSS_MARGIN_RATE.id().equals(f.driver()));
            t[2 * side + (embedded || converted ? 1 : 0)] += converted ? total * baseMargin : total;
        }
        return b.choice(t[0], t[1], t[2], t[3], dropped);
    }

    /**
     * What is left of a planned driver factor once the plan multiplies by the driver's base value: value ÷ base
     * (1 when they agree, and when the base is 0, where no ratio exists and the factor is the base itself).
     */
    private static double ratio(BigDecimal value, double base) {
        if (value == null || base == 0) {
            return 1;
        }
        return value.doubleValue() / base;
    }

    private static void scale(double[] flow, double k) {
        if (k == 1) {
            return;
        }
        for (int t = 0; t < flow.length; t++) {
            flow[t] *= k;
        }
    }

    private static double[] doubles(java.util.List<BigDecimal> flow) {
        double[] out = new double[flow.size()];
        for (int t = 0; t < out.length; t++) {
            out[t] = flow.get(t).doubleValue();
        }
        return out;
    }
}
