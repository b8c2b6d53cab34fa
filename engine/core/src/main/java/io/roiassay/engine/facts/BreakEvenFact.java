package io.roiassay.engine.facts;

import java.math.BigDecimal;

/**
 * A driver's break-even value: the value at which the adjusted NPV is 0, every other driver unchanged (absent when
 * NPV does not reach 0 inside the driver's range). For rules such as "unproven: attribution unknown — breaks even
 * at a CRM share of {value}".
 */
public final class BreakEvenFact {
    private final String driver;
    private final BigDecimal current;
    private final BigDecimal value;

    public BreakEvenFact(String driver, BigDecimal current, BigDecimal value) {
        this.driver = driver;
        this.current = current;
        this.value = value;
    }

    /** The driver id ({@code crmShare} …). */
    public String getDriver() { return driver; }
    /** The driver's value in the adjusted figures. */
    public BigDecimal getCurrent() { return current; }
    /** The value at which adjusted NPV is 0. */
    public BigDecimal getValue() { return value; }

    @Override
    public String toString() {
        return "BreakEvenFact(" + driver + ": " + current + " → " + value + ")";
    }
}
