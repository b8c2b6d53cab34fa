package io.roiassay.engine.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;

/**
 * The audited claim recomputed from its own numbers: {@code consistent} when the claimed ROI is within
 * 0.5 points of (totalBenefit − totalCost) / totalCost × 100.
 */
@JsonPropertyOrder({"claimedRoiPercent", "recomputedRoiPercent", "benefitCostRatioPercent", "consistent"})
public record ReportClaimCheck(BigDecimal claimedRoiPercent, BigDecimal recomputedRoiPercent,
                               BigDecimal benefitCostRatioPercent, Boolean consistent) {
}
