package io.roiassay.engine.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;
import java.util.List;

/**
 * How far the assumptions can move before the verdict changes: the change of adjusted benefits that brings
 * adjusted NPV to zero (negative: may fall by; positive: must rise by), each driver's break-even value and
 * the one-way tornado, widest swing first.
 */
@JsonPropertyOrder({"benefitTolerancePercent", "breakEven", "tornado"})
public record ReportSensitivity(BigDecimal benefitTolerancePercent, List<BreakEven> breakEven, List<Tornado> tornado) {

    public ReportSensitivity {
        breakEven = breakEven == null ? List.of() : List.copyOf(breakEven);
        tornado = tornado == null ? List.of() : List.copyOf(tornado);
    }

    /** The value of one driver at which the adjusted NPV is zero, beside its current value. */
    @JsonPropertyOrder({"driver", "current", "value"})
    public record BreakEven(String driver, BigDecimal current, BigDecimal value) {
    }

    /** One driver moved alone from the low to the high end of its range: ROI and grade at each end. */
    @JsonPropertyOrder({"driver", "low", "high", "roiLow", "roiHigh", "gradeLow", "gradeHigh"})
    public record Tornado(String driver, BigDecimal low, BigDecimal high, BigDecimal roiLow, BigDecimal roiHigh,
                          String gradeLow, String gradeHigh) {
    }
}
