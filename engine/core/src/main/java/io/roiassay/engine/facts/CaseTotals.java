package io.roiassay.engine.facts;

import java.math.BigDecimal;
import java.util.Set;
import java.util.TreeSet;

/** Case-wide sums and shapes computed in Java, so no rule needs to add numbers up. One per session. */
public final class CaseTotals implements FixedFact {
    private final BigDecimal totalCosts;
    private final BigDecimal totalBenefits;
    private final BigDecimal licenseCost;
    private final BigDecimal subscriptionCost;
    private final BigDecimal vendorBenchmarkShare;
    private final int lastRecurringCostPeriod;
    private final int lastBenefitPeriod;
    private final Set<String> costCategories;
    private final Set<String> includedCategories = new TreeSet<>();

    public CaseTotals(BigDecimal totalCosts, BigDecimal totalBenefits, BigDecimal licenseCost,
                      BigDecimal subscriptionCost, BigDecimal vendorBenchmarkShare, int lastRecurringCostPeriod,
                      int lastBenefitPeriod, Set<String> costCategories) {
        this.totalCosts = totalCosts;
        this.totalBenefits = totalBenefits;
        this.licenseCost = licenseCost;
        this.subscriptionCost = subscriptionCost;
        this.vendorBenchmarkShare = vendorBenchmarkShare;
        this.lastRecurringCostPeriod = lastRecurringCostPeriod;
        this.lastBenefitPeriod = lastBenefitPeriod;
        this.costCategories = new TreeSet<>(costCategories);
    }

    /** Σ entered costs over the horizon. */
    public BigDecimal getTotalCosts() { return totalCosts; }
    /** Σ benefits over the horizon (stated plus plugin lines, before any correction). */
    public BigDecimal getTotalBenefits() { return totalBenefits; }
    /** Σ {@code license} costs. */
    public BigDecimal getLicenseCost() { return licenseCost; }
    /** Σ {@code subscription} costs. */
    public BigDecimal getSubscriptionCost() { return subscriptionCost; }
    /** Σ licence + Σ subscription over the horizon (the hidden-cost base "software" uses one year of subscription instead). */
    public BigDecimal getSoftwareCost() { return licenseCost.add(subscriptionCost); }
    /** Share (0..1, 4 decimals) of the positive benefit value whose source is {@code vendor-benchmark}. */
    public BigDecimal getVendorBenchmarkShare() { return vendorBenchmarkShare; }
    /** Last period in which any recurring cost (see {@link CostFact#isRecurring()}) falls; -1 when there is none. */
    public int getLastRecurringCostPeriod() { return lastRecurringCostPeriod; }
    /** Last period in which any benefit falls; -1 when there are none. */
    public int getLastBenefitPeriod() { return lastBenefitPeriod; }
    /** The canonical cost categories present. */
    public Set<String> getCostCategories() { return java.util.Collections.unmodifiableSet(costCategories); }
    /** Whether a cost of this category is present. */
    public boolean has(String category) { return costCategories.contains(category); }
    /** Whether a line of this category is present or another line says it includes it ({@code costs[].includes}). */
    public boolean covers(String category) { return has(category) || includedCategories.contains(category); }
    /** The categories other lines say they include. */
    public Set<String> getIncludedCategories() { return includedCategories; }
    /** Records the categories named in {@code costs[].includes}. */
    public CaseTotals including(Set<String> categories) { includedCategories.addAll(categories); return this; }
    /** Whether a software base (licence or subscription) exists to estimate hidden costs from. */
    public boolean isSoftwareBase() { return getSoftwareCost().signum() > 0; }

    @Override
    public String toString() {
        return "CaseTotals(costs=" + totalCosts.toPlainString() + ", benefits=" + totalBenefits.toPlainString()
                + ", categories=" + costCategories + ")";
    }
}
