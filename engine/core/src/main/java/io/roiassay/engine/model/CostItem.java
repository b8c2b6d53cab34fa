package io.roiassay.engine.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * One itemized cost ({@code costs[i]}).
 *
 * @param id       optional id, unique within the case
 * @param category the cost category (aliases already resolved)
 */
public record CostItem(String id, CostCategory category, BigDecimal amount, Recurrence recurrence,
                       Integer startYear, Integer endYear, List<BigDecimal> schedule) implements Flow {

    public CostItem {
        schedule = schedule == null ? null : List.copyOf(schedule);
    }
}
