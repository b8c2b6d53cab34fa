package io.roiassay.plugin;

/** The unit of a KPI input, so a case author and an auditor know what a number means. */
public enum Unit {
    /** An amount of money in the case's currency. */
    CURRENCY("currency"),
    /** A percentage written 0..100 (22 means 22%). */
    PERCENT("percent"),
    /** A count of things (deals, leads, cases, customers, reps). */
    COUNT("count"),
    /** A duration in days. */
    DAYS("days"),
    /** A duration in hours. */
    HOURS("hours");

    private final String id;

    Unit(String id) {
        this.id = id;
    }

    /** The lower-case name used in reports and listings. */
    public String id() {
        return id;
    }
}
