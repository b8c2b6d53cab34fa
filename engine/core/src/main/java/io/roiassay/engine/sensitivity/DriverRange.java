package io.roiassay.engine.sensitivity;

import java.math.BigDecimal;

/**
 * The range one driver moves over: {@code [low, likely, high]}, a triangular distribution for the draws and the
 * two ends for the tornado.
 */
public record DriverRange(Driver driver, BigDecimal low, BigDecimal likely, BigDecimal high) {

    public DriverRange {
        if (low.compareTo(likely) > 0 || likely.compareTo(high) > 0) {
            throw new IllegalArgumentException(driver.id() + ": expected low <= likely <= high, got [" + low + ", "
                    + likely + ", " + high + "]");
        }
    }

    /** Whether the range is a single point. */
    public boolean degenerate() {
        return low.compareTo(high) == 0;
    }
}
