package io.roiassay.plugin;

/**
 * How a benefit line's uplift reaches the whole company, declared by its definition so the rule pack knows
 * whether actual adoption limits it (method-practice: adoption scales a benefit only when the uplift was
 * measured per user and is extrapolated to a population).
 */
public enum Scope {
    /**
     * An uplift per user or per unit of their work (hours per rep, cases per agent) multiplied out over the
     * users: it assumes everyone uses the CRM, so the realisation curve is capped at actual adoption.
     */
    PER_USER("per-user"),
    /**
     * A change of a company-level figure (revenue, win rate, retention, cost per lead): the figure holds
     * whatever use there was, so adoption does not scale it; a projected one still ramps up.
     */
    COMPANY("company");

    private final String id;

    Scope(String id) {
        this.id = id;
    }

    /** The name rules and reports use ({@code per-user}, {@code company}). */
    public String id() {
        return id;
    }

    /**
     * The default for a definition that does not declare it: time saved is counted per user (hours × users),
     * everything else from company-level figures.
     */
    public static Scope defaultFor(Measures measures) {
        return measures == Measures.TIME_SAVED ? PER_USER : COMPANY;
    }
}
