package io.roiassay.engine.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The Monte Carlo over the drivers' ranges: number of draws and seed, the {@code [low, likely, high]} range of
 * each driver that varied, P10/P50/P90 of ROI and NPV, the probability that NPV is below zero and the share of
 * draws per grade (summing to 1).
 */
@JsonPropertyOrder({"draws", "seed", "ranges", "roiPercent", "npv", "probabilityNpvBelowZero", "grades"})
public record ReportUncertainty(int draws, long seed, Map<String, List<BigDecimal>> ranges, Percentiles roiPercent,
                                Percentiles npv, BigDecimal probabilityNpvBelowZero, Map<String, BigDecimal> grades) {

    /** The 10th, 50th and 90th percentile of one figure over the draws. */
    @JsonPropertyOrder({"p10", "p50", "p90"})
    public record Percentiles(BigDecimal p10, BigDecimal p50, BigDecimal p90) {
    }
}
