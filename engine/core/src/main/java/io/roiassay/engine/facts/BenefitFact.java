package io.roiassay.engine.facts;

import java.math.BigDecimal;

/** One benefit line, stated in the case or computed by a metric plugin, with its schedule summarised. */
public final class BenefitFact implements FixedFact {
    private final String path;
    private final String origin;
    private final String lineId;
    private final String basis;
    private final String source;
    private final String recurrence;
    private final int firstPeriod;
    private final int lastPeriod;
    private final BigDecimal total;
    private final BigDecimal yearOne;
    private final BigDecimal firstYearAmount;
    private final BigDecimal steadyState;
    private final boolean hoursGiven;
    private final boolean marginApplied;
    private String key;
    private String evidence;
    private String measures;
    private String scope;

    public BenefitFact(String path, String origin, String lineId, String basis, String source, String recurrence,
                       int firstPeriod, int lastPeriod, BigDecimal total, BigDecimal yearOne,
                       BigDecimal firstYearAmount, BigDecimal steadyState, boolean hoursGiven, boolean marginApplied) {
        this.path = path;
        this.origin = origin;
        this.lineId = lineId;
        this.basis = basis;
        this.source = source;
        this.recurrence = recurrence;
        this.firstPeriod = firstPeriod;
        this.lastPeriod = lastPeriod;
        this.total = total;
        this.yearOne = yearOne;
        this.firstYearAmount = firstYearAmount;
        this.steadyState = steadyState;
        this.hoursGiven = hoursGiven;
        this.marginApplied = marginApplied;
        this.key = origin + "#" + (lineId == null ? path : lineId);
        this.evidence = switch (source == null ? "estimated" : source) {
            case "estimated" -> "target";
            default -> source;
        };
        this.measures = switch (basis == null ? "" : basis) {
            case "revenue", "gross-profit" -> "revenue-growth";
            default -> basis;
        };
        this.scope = "time-saved".equals(basis) ? "per-user" : "company";
    }

    /**
     * Completes the fact with what the engine knows beyond the entered amounts: the line's key (how
     * adjustment requests name it), its evidence class, what it measures and its scope (from the plugin's
     * definition).
     */
    public BenefitFact describe(String key, String evidence, String measures, String scope) {
        this.key = key;
        this.evidence = evidence;
        this.measures = measures;
        this.scope = scope;
        return this;
    }

    /** The line's key, as {@link Outcome#adjust} and corrections name it: {@code <source label>#<id>}. */
    public String getKey() { return key; }
    /**
     * The evidence behind the value: {@code measured} (observed after go-live), {@code controlled}
     * (measured against a control group), {@code target} (a projection; also a KPI set without a source)
     * or {@code vendor-benchmark}.
     */
    public String getEvidence() { return evidence; }
    /** Measured or controlled: the figure already holds the adoption and ramp-up that really happened. */
    public boolean isObserved() { return "measured".equals(evidence) || "controlled".equals(evidence); }
    /**
     * What the line measures: {@code revenue-growth}, {@code margin}, {@code cost-saving},
     * {@code cost-avoidance}, {@code time-saved} or {@code retention}.
     */
    public String getMeasures() { return measures; }

    /**
     * How the uplift reaches the company: {@code per-user} (an uplift per user or per unit of their work,
     * multiplied out over the users: it assumes everyone uses the CRM) or {@code company} (a change of a
     * company-level figure, which holds whatever use there was). Stated time saved is per user; a plugin line
     * says so in its definition.
     */
    public String getScope() { return scope; }
    /** {@code per-user}: actual adoption limits the line (method-practice: only such lines are scaled by it). */
    public boolean isPerUser() { return "per-user".equals(scope); }

    /** Where it came from: {@code benefits[0]} or {@code kpis.sales}. */
    public String getPath() { return path; }
    /** {@code case} for a stated benefit, else {@code plugin:<id>}. */
    public String getOrigin() { return origin; }
    public boolean isFromCase() { return "case".equals(origin); }
    public boolean isFromPlugin() { return origin.startsWith("plugin:"); }
    /** The benefit's id (case id or plugin line id); may be null for an unnamed case benefit. */
    public String getLineId() { return lineId; }
    /** {@code revenue}, {@code gross-profit}, {@code cost-saving}, {@code cost-avoidance}, {@code time-saved}. */
    public String getBasis() { return basis; }
    /** {@code measured}, {@code estimated}, {@code vendor-benchmark} or {@code controlled} (as entered). */
    public String getSource() { return source; }
    /** {@code once}, {@code annual}, {@code monthly} or {@code schedule}; {@code annual} for plugin lines. */
    public String getRecurrence() { return recurrence; }
    /**
     * The line comes back year after year: it spans more than one period, or it was entered as annual or monthly
     * (a one-year horizon holds only one of its years, but it is still a recurring benefit counted at its yearly
     * value, which needs a ramp-up as much as in a longer horizon).
     */
    public boolean isRecurring() {
        return lastPeriod > firstPeriod || lastPeriod >= 1 && ("annual".equals(recurrence) || "monthly".equals(recurrence));
    }
    public int getFirstPeriod() { return firstPeriod; }
    public int getLastPeriod() { return lastPeriod; }
    /** Sum over the horizon as entered. */
    public BigDecimal getTotal() { return total; }
    /** Amount in year 1 as entered. */
    public BigDecimal getYearOne() { return yearOne; }
    /** The largest yearly amount over years 1..N (the steady state). */
    public BigDecimal getSteadyState() { return steadyState; }
    /** Year 1 counts the full steady-state amount: no ramp-up was entered. */
    public boolean isFullFromYearOne() {
        return steadyState.signum() > 0 && firstPeriod <= 1 && yearOne.compareTo(steadyState) >= 0;
    }
    /** The amount in the line's first year of benefit (year 1, or the later year it starts in), as entered. */
    public BigDecimal getFirstYearAmount() { return firstYearAmount; }
    /**
     * The line's first year of benefit counts the full steady-state amount: no ramp-up was entered, whether the line
     * starts in year 1 or later (a deferred start is not a ramp-up: it jumps from nothing to its full value).
     */
    public boolean isFullFromFirstYear() {
        return steadyState.signum() > 0 && firstYearAmount.compareTo(steadyState) >= 0;
    }
    /** The line's first year of benefit: its first period with an amount, year 1 at the earliest. */
    public int getFirstBenefitYear() { return Math.max(firstPeriod, 1); }
    /** For {@code time-saved}: whether hours were given (rather than money). */
    public boolean isHoursGiven() { return hoursGiven; }
    /** For a plugin line: whether the plugin turned revenue into gross profit with the gross margin rate. */
    public boolean isMarginApplied() { return marginApplied; }

    @Override
    public String toString() {
        return "BenefitFact(" + path + " " + basis + " " + source + " " + firstPeriod + ".." + lastPeriod
                + " total=" + total.toPlainString() + ")";
    }
}
