package io.roiassay.engine.facts;

import java.math.BigDecimal;

/** The claimed ROI under audit, with the two recomputations the mistake rules compare it against. */
public final class ClaimFact {
    private final BigDecimal roiPercent;
    private final BigDecimal totalBenefit;
    private final BigDecimal totalCost;
    private final String benefitBasis;
    private final Integer months;
    private final Boolean discounted;
    private final BigDecimal recomputedRoiPercent;
    private final BigDecimal benefitCostRatioPercent;
    private final BigDecimal caseTotalBenefit;
    private final BigDecimal caseTotalCost;
    private final BigDecimal benefitGapPercent;
    private final BigDecimal costGapPercent;
    private final boolean caseTotalsDiscounted;

    public ClaimFact(BigDecimal roiPercent, BigDecimal totalBenefit, BigDecimal totalCost, String benefitBasis,
                     Integer months, Boolean discounted, BigDecimal recomputedRoiPercent,
                     BigDecimal benefitCostRatioPercent) {
        this(roiPercent, totalBenefit, totalCost, benefitBasis, months, discounted, recomputedRoiPercent,
                benefitCostRatioPercent, null, null, null, null, false);
    }

    /**
     * A claim with the case's own entered totals over the same period beside it ({@code caseTotalBenefit},
     * {@code caseTotalCost}; null when the claim covers another period than the case's horizon) and how far the
     * claim's totals lie from them, in percent of the case's. For a claim that says it is discounted the case's
     * totals are present values ({@code caseTotalsDiscounted}): the entered flows at the case's discount rate.
     */
    public ClaimFact(BigDecimal roiPercent, BigDecimal totalBenefit, BigDecimal totalCost, String benefitBasis,
                     Integer months, Boolean discounted, BigDecimal recomputedRoiPercent,
                     BigDecimal benefitCostRatioPercent, BigDecimal caseTotalBenefit, BigDecimal caseTotalCost,
                     BigDecimal benefitGapPercent, BigDecimal costGapPercent, boolean caseTotalsDiscounted) {
        this.caseTotalsDiscounted = caseTotalsDiscounted;
        this.caseTotalBenefit = caseTotalBenefit;
        this.caseTotalCost = caseTotalCost;
        this.benefitGapPercent = benefitGapPercent;
        this.costGapPercent = costGapPercent;
        this.roiPercent = roiPercent;
        this.totalBenefit = totalBenefit;
        this.totalCost = totalCost;
        this.benefitBasis = benefitBasis;
        this.months = months;
        this.discounted = discounted;
        this.recomputedRoiPercent = recomputedRoiPercent;
        this.benefitCostRatioPercent = benefitCostRatioPercent;
    }

    public BigDecimal getRoiPercent() { return roiPercent; }
    public BigDecimal getTotalBenefit() { return totalBenefit; }
    public BigDecimal getTotalCost() { return totalCost; }
    /** {@code revenue}, {@code gross-profit}, {@code net-profit}, {@code cash-flow}, or null. */
    public String getBenefitBasis() { return benefitBasis; }
    public Integer getMonths() { return months; }
    /** Whether the claim says it is discounted; null when it does not say. */
    public Boolean getDiscounted() { return discounted; }
    /** (totalBenefit − totalCost) / totalCost × 100, 2 decimals; null when a figure is missing or cost is 0. */
    public BigDecimal getRecomputedRoiPercent() { return recomputedRoiPercent; }
    /** totalBenefit / totalCost × 100, 2 decimals; null when a figure is missing or cost is 0. */
    public BigDecimal getBenefitCostRatioPercent() { return benefitCostRatioPercent; }
    /**
     * The case's entered benefits over the claim's period (its horizon), as a present value when the claim is
     * discounted ({@link #isCaseTotalsDiscounted}); null when the periods differ.
     */
    public BigDecimal getCaseTotalBenefit() { return caseTotalBenefit; }
    /** The case's entered costs over the claim's period, as a present value when the claim is discounted; null when the periods differ. */
    public BigDecimal getCaseTotalCost() { return caseTotalCost; }
    /** Whether the case's totals beside the claim are present values (the claim says it is discounted). */
    public boolean isCaseTotalsDiscounted() { return caseTotalsDiscounted; }
    /** |claimed − case| ÷ case × 100 for the benefits; null when not comparable. */
    public BigDecimal getBenefitGapPercent() { return benefitGapPercent; }
    /** |claimed − case| ÷ case × 100 for the costs; null when not comparable. */
    public BigDecimal getCostGapPercent() { return costGapPercent; }
    /** An ROI claimed on a claimed cost of 0: it follows from no outlay (mistake/claim-arithmetic#no-cost). */
    public boolean isRoiOnNoCost() {
        return roiPercent != null && totalCost != null && totalCost.signum() == 0;
    }
    /** |claimed − recomputed| in percentage points; null when either is missing. */
    public BigDecimal getArithmeticGap() {
        return roiPercent == null || recomputedRoiPercent == null ? null : roiPercent.subtract(recomputedRoiPercent).abs();
    }
    /** |claimed − benefit/cost ratio| in percentage points; null when either is missing. */
    public BigDecimal getRatioGap() {
        return roiPercent == null || benefitCostRatioPercent == null ? null : roiPercent.subtract(benefitCostRatioPercent).abs();
    }

    @Override
    public String toString() {
        return "ClaimFact(roi=" + roiPercent + ", benefit=" + totalBenefit + ", cost=" + totalCost
                + ", basis=" + benefitBasis + ", months=" + months + ", discounted=" + discounted + ")";
    }
}
