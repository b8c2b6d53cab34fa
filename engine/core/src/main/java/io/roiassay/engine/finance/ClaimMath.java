package io.roiassay.engine.finance;

import java.math.BigDecimal;

/**
 * Arithmetic for auditing a claimed ROI: what the claim's own numbers give under the simple definition, and the
 * benefit/cost ratio that is often reported as ROI by mistake. Rules compare these with the claimed figure.
 */
public final class ClaimMath {

    private ClaimMath() {
    }

    /** (b − c) ÷ c × 100 to two places; null when an input is missing or the cost is zero. */
    public static BigDecimal recomputedRoiPercent(BigDecimal totalBenefit, BigDecimal totalCost) {
        if (totalBenefit == null || totalCost == null) {
            return null;
        }
        return Money.percentOf(totalBenefit.subtract(totalCost, Money.MATH), totalCost);
    }

    /** b ÷ c × 100 to two places; null when an input is missing or the cost is zero. */
    public static BigDecimal benefitCostRatioPercent(BigDecimal totalBenefit, BigDecimal totalCost) {
        if (totalBenefit == null || totalCost == null) {
            return null;
        }
        return Money.percentOf(totalBenefit, totalCost);
    }

    /**
     * How far {@code value} lies above {@code base}, in percent to two places: (value − base) ÷ base × 100
     * (e.g. the first-year cost against the quoted price); null when an input is missing or the base is zero.
     */
    public static BigDecimal percentAbove(BigDecimal value, BigDecimal base) {
        return recomputedRoiPercent(value, base);
    }
}
