package io.roiassay.engine.assess;

import io.roiassay.engine.facts.Finding;
import io.roiassay.engine.facts.Profile;
import io.roiassay.engine.facts.ProfileKeys;
import io.roiassay.engine.finance.Money;
import io.roiassay.engine.finance.Schedules;
import io.roiassay.engine.model.CostCategory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Estimates the cost categories that hidden-cost findings asked for, from the profile's ratio, base and
 * timing: {@code once} puts ratio × base in the initial period, {@code annual} puts it in every year.
 * Bases: {@code software} = licence + one year of subscription (the quoted price) or {@code license} =
 * the licence, or, when the case pays for its software only by subscription, one year of subscription: the
 * subscription is then the software spend (method-practice: estimate "only from a software base (licence or
 * subscription)"), and the step says so. Never a share of total cost: with a zero base nothing is estimated
 * (the hidden-cost rules only ask for an estimate when a software base exists, and otherwise say "confirm
 * included").
 */
final class HiddenCostEstimator {

    /**
     * One estimated category with its cash flow per period; {@code subscriptionAsLicense} when the profile's
     * base is {@code license} and the case has no licence, so one year of subscription was used instead.
     */
    record Estimate(String category, String findingCode, BigDecimal ratio, String base, BigDecimal baseAmount,
                    String timing, List<BigDecimal> flow, boolean subscriptionAsLicense) {
    }

    /** The profile base a case without a licence estimates from one year of subscription. */
    private static final String LICENSE = "license";
    /** Marks, in the bases, a case whose only software cost is a subscription. */
    private static final String SUBSCRIPTION_ONLY = "subscription-only";

    private HiddenCostEstimator() {
    }

    static List<Estimate> estimate(List<Finding> findings, Profile profile,
                                   Map<CostCategory, List<BigDecimal>> flowsByCategory, int years, String currency) {
        Map<String, BigDecimal> bases = bases(flowsByCategory);
        Map<String, Estimate> byCategory = new LinkedHashMap<>();
        for (Finding f : findings) {
            String category = f.getEstimateCategory();
            if (category == null || byCategory.containsKey(category)) {
                continue;
            }
            BigDecimal ratio = profile.number(ProfileKeys.hiddenCost(category, "ratio"));
            String base = profile.text(ProfileKeys.hiddenCost(category, "base"));
            String timing = profile.text(ProfileKeys.hiddenCost(category, "timing"));
            if (ratio == null || base == null || timing == null) {
                throw new IllegalStateException("profile has no hidden-cost estimate for '" + category
                        + "' (needs hiddenCost." + category + ".ratio, .base and .timing)");
            }
            BigDecimal baseAmount = bases.get(base);
            if (baseAmount == null) {
                throw new IllegalStateException("unknown hidden-cost base '" + base + "' for " + category
                        + " (expected software or license)");
            }
            if (baseAmount.signum() == 0) {
                continue; // no software base: nothing to estimate from (the rules say "confirm included")
            }
            BigDecimal amount = baseAmount.multiply(ratio, Money.MATH);
            List<BigDecimal> flow = new ArrayList<>(Schedules.zeros(years));
            if ("annual".equals(timing)) {
                for (int y = 1; y <= years; y++) {
                    flow.set(y, amount);
                }
            } else {
                flow.set(0, amount);
            }
            boolean subscriptionAsLicense = LICENSE.equals(base) && bases.get(SUBSCRIPTION_ONLY) != null;
            Estimate e = new Estimate(category, f.getCode(), ratio, base, baseAmount, timing, List.copyOf(flow),
                    subscriptionAsLicense);
            byCategory.put(category, e);
        }
        for (Finding f : findings) {
            Estimate e = f.getEstimateCategory() == null ? null : byCategory.get(f.getEstimateCategory());
            if (e != null) {
                f.setEstimate(Money.round(Schedules.sum(e.flow()), currency));
            }
        }
        return List.copyOf(byCategory.values());
    }

    private static Map<String, BigDecimal> bases(Map<CostCategory, List<BigDecimal>> flows) {
        BigDecimal license = sum(flows.get(CostCategory.LICENSE));
        BigDecimal yearOfSubscription = BigDecimal.ZERO;
        List<BigDecimal> sub = flows.get(CostCategory.SUBSCRIPTION);
        if (sub != null) {
            for (BigDecimal v : sub) {
                yearOfSubscription = yearOfSubscription.max(v);
            }
        }
        if (license.signum() == 0 && yearOfSubscription.signum() > 0) {
            return Map.of("software", yearOfSubscription, LICENSE, yearOfSubscription, SUBSCRIPTION_ONLY, yearOfSubscription);
        }
        return Map.of("software", license.add(yearOfSubscription), LICENSE, license);
    }

    private static BigDecimal sum(List<BigDecimal> flow) {
        return flow == null ? BigDecimal.ZERO : Schedules.sum(flow);
    }
}
