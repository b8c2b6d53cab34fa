package io.roiassay.engine.assess;

import io.roiassay.engine.facts.Profile;
import io.roiassay.engine.facts.ProfileKeys;
import io.roiassay.engine.model.Case;
import io.roiassay.engine.sensitivity.Driver;
import io.roiassay.engine.sensitivity.SensitivityPlan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Compiles the adjusted arithmetic of one case into a {@link SensitivityPlan}: per benefit line the flow after every
 * step that is not a driver (productivity, ramp-up, risk) and which driver steps apply to it (margin, attribution,
 * adoption, as the {@link Adjuster} recorded them); the entered costs, the hidden-cost estimates and the cost risk
 * factor; the base value of every driver.
 */
final class SensitivityPlans {

    private SensitivityPlans() {
    }

    static SensitivityPlan compile(Case c, Profile profile, List<BenefitLine> lines, Adjuster.Result adj,
                                   List<BigDecimal> enteredCosts, List<HiddenCostEstimator.Estimate> estimates,
                                   BigDecimal adoptionRate) {
        int periods = c.years() + 1;
        BigDecimal margin = ResolvedProfile.grossMargin(profile, c);
        SensitivityPlan.Builder b = SensitivityPlan.builder(periods);
        for (BenefitLine l : lines) {
            String key = Adjuster.key(l);
            Set<String> steps = adj.driverSteps().get(key);
            SensitivityPlan.Margin m = steps.contains("gross-margin") ? SensitivityPlan.Margin.TIMES_MARGIN
                    : l.marginApplied() && margin.signum() != 0 ? SensitivityPlan.Margin.RELATIVE
                    : SensitivityPlan.Margin.NONE;
            b.benefit(doubles(adj.undriven().get(key)), steps.contains("attribution"), m, steps.contains("adoption"));
        }
        double[] hidden = new double[periods];
        for (HiddenCostEstimator.Estimate e : estimates) {
            for (int t = 0; t < periods; t++) {
                hidden[t] += e.flow().get(t).doubleValue();
            }
        }
        BigDecimal costRisk = BigDecimal.ONE.add(ResolvedProfile.number(profile, ProfileKeys.RISK_COSTS));
        return b.enteredCosts(doubles(enteredCosts)).hiddenCosts(hidden).costRisk(costRisk.doubleValue())
                .base(Driver.CRM_SHARE, c.attribution().effectiveCrmShare().doubleValue())
                .base(Driver.GROSS_MARGIN_RATE, margin.doubleValue())
                .base(Driver.ADOPTION_RATE, adoptionRate == null ? 1 : adoptionRate.doubleValue())
                .base(Driver.DISCOUNT_RATE, c.horizon().effectiveDiscountRate().doubleValue())
                .build();
    }

    private static double[] doubles(List<BigDecimal> flow) {
        double[] out = new double[flow.size()];
        for (int t = 0; t < out.length; t++) {
            out[t] = flow.get(t).doubleValue();
        }
        return out;
    }
}
