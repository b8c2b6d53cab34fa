package io.roiassay.engine.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * One itemized cost ({@code costs[i]}).
 *
 * @param id       optional id, unique within the case
 * @param category the cost category (aliases already resolved)
 * @param includes other categories this line covers (e.g. an implementation fee that includes training);
 *                 null when not given (so the canonical JSON of older cases is unchanged)
 * @param timing   when a recurring cost is paid; null means {@link CostTiming#ARREARS}
 */
public record CostItem(String id, CostCategory category, BigDecimal amount, Recurrence recurrence,
                       Integer startYear, Integer endYear, List<BigDecimal> schedule,
                       List<CostCategory> includes, CostTiming timing) implements Flow {

    public CostItem {
        schedule = schedule == null ? null : List.copyOf(schedule);
        includes = includes == null ? null : List.copyOf(includes);
    }

    /** The other categories this line covers; empty when none were given. */
    public List<CostCategory> coveredCategories() {
        return includes == null ? List.of() : includes;
    }

    /** A cost line that covers only its own category, paid in arrears (the default timing). */
    public CostItem(String id, CostCategory category, BigDecimal amount, Recurrence recurrence, Integer startYear,
                    Integer endYear, List<BigDecimal> schedule) {
        this(id, category, amount, recurrence, startYear, endYear, schedule, null, null);
    }

    /** A cost line that covers {@code includes} too, paid in arrears. */
    public CostItem(String id, CostCategory category, BigDecimal amount, Recurrence recurrence, Integer startYear,
                    Integer endYear, List<BigDecimal> schedule, List<CostCategory> includes) {
        this(id, category, amount, recurrence, startYear, endYear, schedule, includes, null);
    }

    /** A cost line that covers only its own category, paid as {@code timing} says. */
    public CostItem(String id, CostCategory category, BigDecimal amount, Recurrence recurrence, Integer startYear,
                    Integer endYear, List<BigDecimal> schedule, CostTiming timing) {
        this(id, category, amount, recurrence, startYear, endYear, schedule, null, timing);
    }

    /** The timing with its default applied. */
    public CostTiming effectiveTiming() {
        return timing == null ? CostTiming.ARREARS : timing;
    }

    /**
     * True when each year's payment moves to the start of its year: an annual cost paid in advance. A monthly cost
     * paid in advance is paid through its year either way, so the annual model leaves it in its year.
     */
    public boolean paidAtYearStart() {
        return effectiveTiming() == CostTiming.ADVANCE && schedule == null
                && effectiveRecurrence() == Recurrence.ANNUAL;
    }
}
