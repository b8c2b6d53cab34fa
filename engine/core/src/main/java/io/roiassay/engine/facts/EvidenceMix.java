package io.roiassay.engine.facts;

import java.math.BigDecimal;

/**
 * The evidence behind the adjusted value, for the confidence rules (inserted with the figures, before the
 * verdict phase): the share (0..1, 4 decimals) of the adjusted positive benefit value by evidence class,
 * and the share of the adjusted costs that are hidden-cost estimates.
 */
public final class EvidenceMix implements FixedFact {
    private final BigDecimal measuredShare;
    private final BigDecimal controlledShare;
    private final BigDecimal targetShare;
    private final BigDecimal vendorBenchmarkShare;
    private final BigDecimal estimatedCostShare;
    private final BigDecimal npvWithoutVendorBenchmarks;
    private final BigDecimal roiWithoutVendorBenchmarks;
    private final boolean anyObserved;

    public EvidenceMix(BigDecimal measuredShare, BigDecimal controlledShare, BigDecimal targetShare,
                       BigDecimal vendorBenchmarkShare, BigDecimal estimatedCostShare) {
        this(measuredShare, controlledShare, targetShare, vendorBenchmarkShare, estimatedCostShare, null);
    }

    /** With the adjusted NPV the case would have without its vendor-benchmark lines (null when unknown). */
    public EvidenceMix(BigDecimal measuredShare, BigDecimal controlledShare, BigDecimal targetShare,
                       BigDecimal vendorBenchmarkShare, BigDecimal estimatedCostShare, BigDecimal npvWithoutVendorBenchmarks) {
        this(measuredShare, controlledShare, targetShare, vendorBenchmarkShare, estimatedCostShare,
                npvWithoutVendorBenchmarks, measuredShare.signum() > 0 || controlledShare.signum() > 0);
    }

    /** With whether any value was observed, from the unrounded amounts ({@link #isAnyObserved}). */
    public EvidenceMix(BigDecimal measuredShare, BigDecimal controlledShare, BigDecimal targetShare,
                       BigDecimal vendorBenchmarkShare, BigDecimal estimatedCostShare, BigDecimal npvWithoutVendorBenchmarks,
                       boolean anyObserved) {
        this(measuredShare, controlledShare, targetShare, vendorBenchmarkShare, estimatedCostShare,
                npvWithoutVendorBenchmarks, null, anyObserved);
    }

    /** With the discounted ROI without the vendor-benchmark lines too (percent, 2 decimals; null when unknown). */
    public EvidenceMix(BigDecimal measuredShare, BigDecimal controlledShare, BigDecimal targetShare,
                       BigDecimal vendorBenchmarkShare, BigDecimal estimatedCostShare, BigDecimal npvWithoutVendorBenchmarks,
                       BigDecimal roiWithoutVendorBenchmarks, boolean anyObserved) {
        this.roiWithoutVendorBenchmarks = roiWithoutVendorBenchmarks;
        this.anyObserved = anyObserved;
        this.npvWithoutVendorBenchmarks = npvWithoutVendorBenchmarks;
        this.measuredShare = measuredShare;
        this.controlledShare = controlledShare;
        this.targetShare = targetShare;
        this.vendorBenchmarkShare = vendorBenchmarkShare;
        this.estimatedCostShare = estimatedCostShare;
    }

    /** Share of adjusted benefit value measured after go-live. */
    public BigDecimal getMeasuredShare() { return measuredShare; }
    /** Share measured against a control group. */
    public BigDecimal getControlledShare() { return controlledShare; }
    /** Measured plus controlled: the value observed rather than projected. */
    public BigDecimal getObservedShare() { return measuredShare.add(controlledShare); }
    /**
     * Whether any adjusted benefit value at all was observed (measured or controlled), from the unrounded amounts:
     * a line below 0.005 % of the value rounds to an observed share of 0 but is not "none".
     */
    public boolean isAnyObserved() { return anyObserved; }
    /** Share that is a target or projection (including KPI sets that give no source). */
    public BigDecimal getTargetShare() { return targetShare; }
    /** Share that is a vendor's benchmark. */
    public BigDecimal getVendorBenchmarkShare() { return vendorBenchmarkShare; }
    /**
     * The adjusted NPV less the present value of the vendor-benchmark lines (currency scale): whether the case pays
     * on its own evidence (method-practice: a vendor benchmark is "never the main basis of a verdict").
     */
    public BigDecimal getNpvWithoutVendorBenchmarks() { return npvWithoutVendorBenchmarks; }
    /**
     * The discounted ROI (percent, 2 decimals) the case would have without its vendor-benchmark lines: their
     * present value taken out of NPV, over the same PV(costs); null when unknown or PV(costs) is 0.
     */
    public BigDecimal getRoiWithoutVendorBenchmarks() { return roiWithoutVendorBenchmarks; }
    /** Share of the adjusted costs that are hidden-cost estimates rather than entered figures. */
    public BigDecimal getEstimatedCostShare() { return estimatedCostShare; }
    /** Whether any benefit value remains after adjustment. */
    public boolean isAnyBenefit() {
        return measuredShare.add(controlledShare).add(targetShare).add(vendorBenchmarkShare).signum() > 0;
    }

    @Override
    public String toString() {
        return "EvidenceMix(measured=" + measuredShare + ", controlled=" + controlledShare + ", target=" + targetShare
                + ", vendor=" + vendorBenchmarkShare + ", estimatedCosts=" + estimatedCostShare + ")";
    }
}
