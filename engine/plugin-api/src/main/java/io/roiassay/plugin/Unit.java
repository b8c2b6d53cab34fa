package io.roiassay.plugin;

import java.math.BigDecimal;

/** The unit of a KPI input, so a case author and an auditor know what a number means. */
public enum Unit {
    /** An amount of money in the case's currency; any sign by default (a profit may be negative). */
    CURRENCY("currency", null, null, "an amount in the case's currency"),
    /** A percentage written 0..100 (22 means 22%); 0..100 by default. */
    PERCENT("percent", BigDecimal.ZERO, BigDecimal.valueOf(100), "a percentage, written 0..100"),
    /** A count of things (deals, leads, cases, customers, reps); at least 0 by default. */
    COUNT("count", BigDecimal.ZERO, null, "a count"),
    /** A duration in days; at least 0 by default. */
    DAYS("days", BigDecimal.ZERO, null, "a duration in days"),
    /** A duration in hours; at least 0 by default. */
    HOURS("hours", BigDecimal.ZERO, null, "a duration in hours");

    private final String id;
    private final BigDecimal defaultMinimum;
    private final BigDecimal defaultMaximum;
    private final String meaning;

    Unit(String id, BigDecimal defaultMinimum, BigDecimal defaultMaximum, String meaning) {
        this.id = id;
        this.defaultMinimum = defaultMinimum;
        this.defaultMaximum = defaultMaximum;
        this.meaning = meaning;
    }

    /** The lower-case name used in reports and listings. */
    public String id() {
        return id;
    }

    /** The smallest valid value of an input that declares no range of its own; null for none. */
    public BigDecimal defaultMinimum() {
        return defaultMinimum;
    }

    /** The largest valid value of an input that declares no range of its own; null for none. */
    public BigDecimal defaultMaximum() {
        return defaultMaximum;
    }

    /** What a number in this unit is, in English, for error messages ("a percentage, written 0..100"). */
    public String meaning() {
        return meaning;
    }
}
