package io.roiassay.engine.facts;

import java.math.BigDecimal;

/**
 * One range of the case's own {@code uncertainty} block, beside the driver's value in the adjusted figures: whether the
 * driver applies to the case at all (a range for a driver no line depends on has no effect), and where the case's
 * value lies against the range. For rules that tell the user a range was ignored or describes another case.
 */
public final class CaseRangeFact {
    private final String driver;
    private final BigDecimal low;
    private final BigDecimal likely;
    private final BigDecimal high;
    private final BigDecimal current;
    private final boolean applies;

    public CaseRangeFact(String driver, BigDecimal low, BigDecimal likely, BigDecimal high, BigDecimal current,
                         boolean applies) {
        this.driver = driver;
        this.low = low;
        this.likely = likely;
        this.high = high;
        this.current = current;
        this.applies = applies;
    }

    /** The driver id ({@code crmShare} …). */
    public String getDriver() { return driver; }
    public BigDecimal getLow() { return low; }
    public BigDecimal getLikely() { return likely; }
    public BigDecimal getHigh() { return high; }
    /** The driver's value in the adjusted figures (1 for the scales). */
    public BigDecimal getCurrent() { return current; }
    /** Whether any line or cost depends on the driver (else the range was left out of the tornado and the draws). */
    public boolean isApplies() { return applies; }
    /** Whether the case's own value lies outside [low, high]: the draws then describe another case. */
    public boolean isCurrentOutside() { return current.compareTo(low) < 0 || current.compareTo(high) > 0; }

    @Override
    public String toString() {
        return "CaseRangeFact(" + driver + ": [" + low + ", " + likely + ", " + high + "], current " + current
                + (applies ? "" : ", does not apply") + ")";
    }
}
