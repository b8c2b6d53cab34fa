package io.roiassay.engine.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The spread of the Monte Carlo draws: how many, the seed, the {@code [low, likely, high]} range of every driver
 * that varied, P10/P50/P90 of ROI and NPV, the probability that NPV is below 0 and the share of draws per grade
 * (sums to 1).
 */
@JsonPropertyOrder({"draws", "seed", "ranges", "roiPercent", "npv", "probabilityNpvBelowZero", "grades"})
public record ReportUncertainty(int draws, long seed, Map<String, List<BigDecimal>> ranges, Percentiles roiPercent,
                                Percentiles npv, BigDecimal probabilityNpvBelowZero, Map<String, BigDecimal> grades) {

    public ReportUncertainty {
        ranges = Collections.unmodifiableMap(new LinkedHashMap<>(ranges));
        grades = Collections.unmodifiableMap(new LinkedHashMap<>(grades));
    }

    /** P10, P50 and P90 of one figure. */
    @JsonPropertyOrder({"p10", "p50", "p90"})
    public record Percentiles(BigDecimal p10, BigDecimal p50, BigDecimal p90) {
    }
}
