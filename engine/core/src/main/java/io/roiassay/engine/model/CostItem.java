package io.roiassay.engine.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * One itemized cost ({@code costs[i]}).
 *
 * @param id       optional id, unique within the case
 * @param category the cost category (aliases already resolved)
 * @param timing   when a recurring cost is paid; null means {@link CostTiming#ARREARS}
 */
public record CostItem(String id, CostCategory category, BigDecimal amount, Recurrence recurrence,
                       Integer startYear, Integer endYear, List<BigDecimal> schedule, CostTiming timing)
        implements Flow {

    public CostItem {
        schedule = schedule == null ? null : List.copyOf(schedule);
    }

    /** A cost paid in arrears (the default timing). */
    public CostItem(String id, CostCategory category, BigDecimal amount, Recurrence recurrence,
                    Integer startYear, Integer endYear, List<BigDecimal> schedule) {
        this(id, category, amount, recurrence, startYear, endYear, schedule, null);
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
