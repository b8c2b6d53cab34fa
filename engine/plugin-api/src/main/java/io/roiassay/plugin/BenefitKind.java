package io.roiassay.plugin;

/**
 * What kind of money a benefit line is. Every kind is profit, never raw revenue: extra sales must be
 * turned into gross profit by the plugin before they become a benefit.
 */
public enum BenefitKind {
    /** Extra gross profit (extra sales × gross margin). */
    GROSS_PROFIT("gross-profit"),
    /** Money no longer spent. */
    COST_SAVING("cost-saving"),
    /** Money that would have been spent and now is not (e.g. churn avoided). */
    COST_AVOIDANCE("cost-avoidance"),
    /** Staff time freed, valued at loaded hourly cost × a productivity correction factor. */
    TIME_SAVED("time-saved");

    private final String id;

    BenefitKind(String id) {
        this.id = id;
    }

    /** The case-format name of this basis ({@code gross-profit}, {@code cost-saving} …). */
    public String id() {
        return id;
    }
}
