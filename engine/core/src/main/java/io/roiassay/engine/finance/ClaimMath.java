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
     * How far a claimed total lies from the case's own, in percent of the case's to two places:
     * |claimed − case| ÷ case × 100; null when an input is missing or the case's total is zero.
     */
    public static BigDecimal gapPercent(BigDecimal claimed, BigDecimal caseTotal) {
        if (claimed == null || caseTotal == null) {
            return null;
        }
        BigDecimal gap = Money.percentOf(claimed.subtract(caseTotal, Money.MATH), caseTotal);
        return gap == null ? null : gap.abs();
    }

    /**
     * How far {@code value} lies above {@code base}, in percent to two places: (value − base) ÷ base × 100
     * (e.g. the first-year cost against the quoted price); null when an input is missing or the base is zero.
     */
    public static BigDecimal percentAbove(BigDecimal value, BigDecimal base) {
        return recomputedRoiPercent(value, base);
    }
}
