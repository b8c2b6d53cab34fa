package io.roiassay.engine.facts;

import java.math.BigDecimal;

/**
 * Headline financial figures for the verdict rules: {@code entered} (as the case states them) or
 * {@code adjusted} (after hidden costs, margin, attribution, adoption, ramp-up and risk). Percentages and
 * months may be null when undefined (zero cost, never paid back).
 */
public final class Figures implements FixedFact {
    private final String kind;
    private final BigDecimal totalCosts;
    private final BigDecimal totalBenefits;
    private final BigDecimal npv;
    private final BigDecimal roiPercent;
    private final BigDecimal simpleRoiPercent;
    private final BigDecimal paybackMonths;
    private final BigDecimal hiddenCostEstimate;

    public Figures(String kind, BigDecimal totalCosts, BigDecimal totalBenefits, BigDecimal npv,
                   BigDecimal roiPercent, BigDecimal simpleRoiPercent, BigDecimal paybackMonths,
                   BigDecimal hiddenCostEstimate) {
        this.kind = kind;
        this.totalCosts = totalCosts;
        this.totalBenefits = totalBenefits;
        this.npv = npv;
        this.roiPercent = roiPercent;
        this.simpleRoiPercent = simpleRoiPercent;
        this.paybackMonths = paybackMonths;
        this.hiddenCostEstimate = hiddenCostEstimate;
    }

    /** {@code entered} or {@code adjusted}. */
    public String getKind() { return kind; }
    public boolean isAdjusted() { return "adjusted".equals(kind); }
    public BigDecimal getTotalCosts() { return totalCosts; }
    public BigDecimal getTotalBenefits() { return totalBenefits; }
    public BigDecimal getNpv() { return npv; }
    /** Discounted ROI (NPV / PV costs × 100); null when PV of costs is zero. */
    public BigDecimal getRoiPercent() { return roiPercent; }
    /** Simple ROI; null when total cost is zero. */
    public BigDecimal getSimpleRoiPercent() { return simpleRoiPercent; }
    /** Null when never paid back within the horizon. */
    public BigDecimal getPaybackMonths() { return paybackMonths; }
    public boolean isPaidBack() { return paybackMonths != null; }
    /** Σ hidden-cost estimates added (zero for entered figures). */
    public BigDecimal getHiddenCostEstimate() { return hiddenCostEstimate; }

    @Override
    public String toString() {
        return "Figures(" + kind + ", roi=" + roiPercent + "%, npv=" + npv + ", payback=" + paybackMonths + ")";
    }
}
