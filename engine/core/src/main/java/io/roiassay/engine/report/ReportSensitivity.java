package io.roiassay.engine.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;
import java.util.List;

/**
 * How far the adjusted figures can move before the verdict changes: the change of adjusted benefits that brings
 * NPV to 0, the break-even value per driver, and the one-way tornado (widest swing first).
 *
 * @param benefitTolerancePercent −NPV ÷ PV(adjusted benefits) × 100: negative, benefits may fall by that much;
 *                                positive, they must rise by it; null when there are no benefits
 */
@JsonPropertyOrder({"benefitTolerancePercent", "breakEven", "tornado"})
public record ReportSensitivity(BigDecimal benefitTolerancePercent, List<BreakEven> breakEven,
                                List<TornadoBar> tornado) {

    public ReportSensitivity {
        breakEven = List.copyOf(breakEven);
        tornado = List.copyOf(tornado);
    }

    /** The value of one driver at which adjusted NPV is 0, next to its current value. */
    @JsonPropertyOrder({"driver", "current", "value"})
    public record BreakEven(String driver, BigDecimal current, BigDecimal value) {
    }

    /**
     * One driver moved alone over its range: ROI and grade at each end. {@code gradeChangesAt} is the driver value
     * where the grade of the adjusted figures changes inside the range, null when it holds over the whole range.
     */
    @JsonPropertyOrder({"driver", "low", "high", "roiLow", "roiHigh", "gradeLow", "gradeHigh", "gradeChangesAt"})
    public record TornadoBar(String driver, BigDecimal low, BigDecimal high, BigDecimal roiLow, BigDecimal roiHigh,
                             String gradeLow, String gradeHigh, BigDecimal gradeChangesAt) {
    }
}
