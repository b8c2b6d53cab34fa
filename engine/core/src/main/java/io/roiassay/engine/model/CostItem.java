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
 */
public record CostItem(String id, CostCategory category, BigDecimal amount, Recurrence recurrence,
                       Integer startYear, Integer endYear, List<BigDecimal> schedule,
                       List<CostCategory> includes) implements Flow {

    public CostItem {
        schedule = schedule == null ? null : List.copyOf(schedule);
        includes = includes == null ? null : List.copyOf(includes);
    }

    /** The other categories this line covers; empty when none were given. */
    public List<CostCategory> coveredCategories() {
        return includes == null ? List.of() : includes;
    }

    /** A cost line that covers only its own category. */
    public CostItem(String id, CostCategory category, BigDecimal amount, Recurrence recurrence, Integer startYear,
                    Integer endYear, List<BigDecimal> schedule) {
        this(id, category, amount, recurrence, startYear, endYear, schedule, null);
    }
}
