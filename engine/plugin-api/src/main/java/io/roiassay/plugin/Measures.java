package io.roiassay.plugin;

/**
 * What a benefit line measures, declared by its definition so the rule pack can see when two lines count
 * the same gain (extra sales and the sales time behind them; a stated revenue and a KPI-driven one),
 * whatever plugin produced them.
 */
public enum Measures {
    /** Profit on extra sales: more deals, bigger deals, a better win or conversion rate. */
    REVENUE_GROWTH("revenue-growth"),
    /** A better margin on the same sales (price, discount discipline, mix). */
    MARGIN("margin"),
    /** Money no longer spent: the spend itself fell. */
    COST_SAVING("cost-saving"),
    /** Spend that would have come and now does not. */
    COST_AVOIDANCE("cost-avoidance"),
    /** Staff time freed, valued with a productivity correction. */
    TIME_SAVED("time-saved"),
    /** Customers kept who would have left. */
    RETENTION("retention");

    private final String id;

    Measures(String id) {
        this.id = id;
    }

    /** The name rules match on ({@code revenue-growth}, {@code time-saved} …). */
    public String id() {
        return id;
    }

    /** The default for a definition that does not declare it: read from the kind of money. */
    public static Measures defaultFor(BenefitKind kind) {
        return switch (kind) {
            case GROSS_PROFIT -> REVENUE_GROWTH;
            case COST_SAVING -> COST_SAVING;
            case COST_AVOIDANCE -> COST_AVOIDANCE;
            case TIME_SAVED -> TIME_SAVED;
        };
    }
}
