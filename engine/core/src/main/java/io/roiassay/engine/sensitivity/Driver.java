package io.roiassay.engine.sensitivity;

/**
 * The drivers the sensitivity analysis moves, each with its own valid range (the case's {@code uncertainty}
 * block is checked against the same bounds in the case schema).
 */
public enum Driver {
    CRM_SHARE("crmShare", 0, 1, "attribution.crmShare"),
    GROSS_MARGIN_RATE("grossMarginRate", 0, 1, "company.grossMarginRate"),
    ADOPTION_RATE("adoptionRate", 0, 1, "deployment.activeUsers / deployment.licensedUsers"),
    BENEFIT_SCALE("benefitScale", 0, 10, "multiplier on every benefit line"),
    COST_SCALE("costScale", 0, 10, "multiplier on every cost line"),
    HIDDEN_COST_SCALE("hiddenCostScale", 0, 10, "multiplier on the hidden-cost estimates"),
    DISCOUNT_RATE("discountRate", 0, 1, "horizon.discountRate");

    private final String id;
    private final double min;
    private final double max;
    private final String setBy;

    Driver(String id, double min, double max, String setBy) {
        this.id = id;
        this.min = min;
        this.max = max;
        this.setBy = setBy;
    }

    /** The name used in the case and the report ({@code crmShare} …). */
    public String id() {
        return id;
    }

    /** Lowest valid value. */
    public double min() {
        return min;
    }

    /** Highest valid value. */
    public double max() {
        return max;
    }

    /** The case field (or meaning) the driver stands for. */
    public String setBy() {
        return setBy;
    }

    /** The driver named {@code id}, or null. */
    public static Driver of(String id) {
        for (Driver d : values()) {
            if (d.id.equals(id)) {
                return d;
            }
        }
        return null;
    }

    /** The number of drivers; driver vectors are indexed by {@link #ordinal()}. */
    public static final int COUNT = values().length;
}
