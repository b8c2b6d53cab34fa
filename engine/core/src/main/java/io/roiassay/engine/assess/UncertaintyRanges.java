package io.roiassay.engine.assess;

import io.roiassay.engine.facts.Profile;
import io.roiassay.engine.model.Case;
import io.roiassay.engine.sensitivity.Driver;
import io.roiassay.engine.sensitivity.DriverRange;
import io.roiassay.engine.sensitivity.SensitivityPlan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The ranges the tornado and the draws use. The case's {@code uncertainty} block, when present, is taken as given
 * (only the drivers it lists vary). Otherwise each driver that applies to the case varies over the profile's
 * default range: {@code uncertainty.<driver>.low} and {@code .high} are multipliers of the driver's current value
 * (the likely value), the result kept inside the driver's own range and rounded to 4 decimal places. The CRM's
 * share when other initiatives ran and the case gives none is drawn over the profile's absolute range for it.
 */
final class UncertaintyRanges {

    /** Profile key of a default range end: {@code uncertainty.crmShare.low}. */
    static String key(Driver d, String end) {
        return "uncertainty." + d.id() + "." + end;
    }

    private UncertaintyRanges() {
    }

    static List<DriverRange> resolve(Case c, Profile profile, SensitivityPlan plan, BigDecimal adoptionRate) {
        List<DriverRange> out = new ArrayList<>();
        if (c.uncertainty() != null) {
            for (Map.Entry<String, List<BigDecimal>> e : c.uncertainty().ranges().entrySet()) {
                List<BigDecimal> r = e.getValue();
                Driver d = Driver.of(e.getKey());
                if (plan.applies(d)) { // a range for a driver no line depends on would draw a flat bar
                    out.add(new DriverRange(d, r.get(0), r.get(1), r.get(2)));
                }
            }
            return out;
        }
        for (Driver d : Driver.values()) {
            BigDecimal lowFactor = profile.number(key(d, "low"));
            BigDecimal highFactor = profile.number(key(d, "high"));
            if (!plan.applies(d) || lowFactor == null || highFactor == null
                    || (d == Driver.ADOPTION_RATE && adoptionRate == null)) {
                continue;
            }
            DriverRange unknown = d == Driver.CRM_SHARE && shareUnknown(c) ? unknownShareRange(profile) : null;
            if (unknown != null) {
                out.add(unknown);
                continue;
            }
            BigDecimal likely = round(current(c, profile, d, adoptionRate), d);
            BigDecimal low = round(likely.multiply(lowFactor), d).min(likely);
            BigDecimal high = round(likely.multiply(highFactor), d).max(likely);
            out.add(new DriverRange(d, low, likely, high));
        }
        return out;
    }

    /**
     * The case's own ranges beside each driver's value in the adjusted figures, applying or not (none without an
     * {@code uncertainty} block): for the rules that say a range was ignored or leaves out the case's own value.
     */
    static List<io.roiassay.engine.facts.CaseRangeFact> caseRanges(Case c, Profile profile, SensitivityPlan plan,
                                                                  BigDecimal adoptionRate) {
        List<io.roiassay.engine.facts.CaseRangeFact> out = new ArrayList<>();
        if (c.uncertainty() == null) {
            return out;
        }
        for (Map.Entry<String, List<BigDecimal>> e : c.uncertainty().ranges().entrySet()) {
            Driver d = Driver.of(e.getKey());
            List<BigDecimal> r = e.getValue();
            out.add(new io.roiassay.engine.facts.CaseRangeFact(d.id(), r.get(0), r.get(1), r.get(2),
                    round(current(c, profile, d, adoptionRate), d), plan.applies(d)));
        }
        return out;
    }

    /**
     * Other initiatives ran and the case gives no CRM share: the figures take the whole gain (a share of 1), so the
     * draws use the profile's absolute range for an unknown share ({@code uncertainty.crmShare.unknown.*}) instead of
     * multipliers of that 1.
     */
    static boolean shareUnknown(Case c) {
        return c.attribution().crmShare() == null && !c.attribution().concurrentInitiatives().isEmpty();
    }

    /** The profile's absolute range for an unknown share, or null when it does not set all three ends. */
    private static DriverRange unknownShareRange(Profile profile) {
        BigDecimal low = profile.number(io.roiassay.engine.facts.ProfileKeys.UNKNOWN_SHARE_PREFIX + "low");
        BigDecimal likely = profile.number(io.roiassay.engine.facts.ProfileKeys.UNKNOWN_SHARE_PREFIX + "likely");
        BigDecimal high = profile.number(io.roiassay.engine.facts.ProfileKeys.UNKNOWN_SHARE_PREFIX + "high");
        if (low == null || likely == null || high == null) {
            return null;
        }
        Driver d = Driver.CRM_SHARE;
        return new DriverRange(d, round(low.min(likely), d), round(likely, d), round(high.max(likely), d));
    }

    /** The driver's value in the adjusted figures (1 for the scales). */
    static BigDecimal current(Case c, Profile profile, Driver d, BigDecimal adoptionRate) {
        return switch (d) {
            case CRM_SHARE -> c.attribution().effectiveCrmShare();
            case GROSS_MARGIN_RATE -> ResolvedProfile.grossMargin(profile, c);
            case ADOPTION_RATE -> adoptionRate == null ? BigDecimal.ONE : adoptionRate;
            case DISCOUNT_RATE -> c.horizon().effectiveDiscountRate();
            default -> BigDecimal.ONE;
        };
    }

    private static BigDecimal round(BigDecimal v, Driver d) {
        BigDecimal clamped = v.max(BigDecimal.valueOf(d.min())).min(BigDecimal.valueOf(d.max()));
        BigDecimal r = clamped.setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0) : r;
    }
}
