package io.roiassay.engine.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * One monetary benefit stated directly in the case ({@code benefits[i]}).
 *
 * @param id     optional id, unique within the case
 * @param basis  what the amount is (revenue, gross profit, saving, time)
 * @param source where the figure comes from; null means {@code estimated}
 * @param hours  for {@code time-saved}: hours per year, valued with the assumptions; null otherwise
 * @param measuredAt for measured or controlled figures: when (ISO year-month or date); null if not given
 */
public record BenefitItem(String id, BenefitBasis basis, BigDecimal amount, Recurrence recurrence,
                          Integer startYear, Integer endYear, List<BigDecimal> schedule,
                          BenefitSource source, BigDecimal hours, String measuredAt) implements Flow {

    public BenefitItem {
        schedule = schedule == null ? null : List.copyOf(schedule);
    }

    /** A benefit without a measurement date. */
    public BenefitItem(String id, BenefitBasis basis, BigDecimal amount, Recurrence recurrence, Integer startYear,
                       Integer endYear, List<BigDecimal> schedule, BenefitSource source, BigDecimal hours) {
        this(id, basis, amount, recurrence, startYear, endYear, schedule, source, hours, null);
    }

    /** The source with its default applied. */
    public BenefitSource effectiveSource() {
        return source == null ? BenefitSource.ESTIMATED : source;
    }
}
