package io.roiassay.engine.finance;

import io.roiassay.engine.model.Flow;
import io.roiassay.engine.model.Recurrence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Per-period amount lists ({@code [initial, year 1, …, year N]}, size N + 1): expanding a {@link Flow} and the
 * element-wise helpers used to apply attribution, ramp-up and risk adjustments. Values are never rounded here.
 */
public final class Schedules {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private Schedules() {
    }

    /**
     * Spreads {@code flow} over a horizon of {@code years}: once at its start period, annual in every period from
     * start to end, monthly as 12 × amount in each of those periods, or an explicit schedule padded with zeros.
     *
     * @throws IllegalArgumentException when the flow cannot be placed on the horizon (validation normally
     *                                  rejects such input before it gets here)
     */
    public static List<BigDecimal> expand(Flow flow, int years) {
        Objects.requireNonNull(flow, "flow");
        requireYears(years);
        if (flow.schedule() != null) {
            return expandSchedule(flow, years);
        }
        if (flow.amount() == null) {
            throw new IllegalArgumentException("a flow needs either an amount or a schedule");
        }
        int start = flow.effectiveStartYear();
        int end = flow.effectiveEndYear(years);
        if (start < 0 || start > years) {
            throw new IllegalArgumentException(
                    "startYear " + start + " is outside the horizon 0.." + years);
        }
        if (end > years) {
            throw new IllegalArgumentException("endYear " + end + " is beyond the horizon's last year " + years);
        }
        if (end < start) {
            throw new IllegalArgumentException("endYear " + end + " is before startYear " + start);
        }
        BigDecimal perPeriod = flow.effectiveRecurrence() == Recurrence.MONTHLY
                ? flow.amount().multiply(TWELVE, Money.MATH)
                : flow.amount();
        List<BigDecimal> periods = new ArrayList<>(Collections.nCopies(years + 1, BigDecimal.ZERO));
        for (int period = start; period <= end; period++) {
            periods.set(period, perPeriod);
        }
        return List.copyOf(periods);
    }

    private static List<BigDecimal> expandSchedule(Flow flow, int years) {
        List<BigDecimal> schedule = flow.schedule();
        if (flow.amount() != null) {
            // Two answers for the same item: refuse rather than silently prefer one.
            throw new IllegalArgumentException("a flow has both an amount and a schedule; give only one");
        }
        if (schedule.size() > years + 1) {
            throw new IllegalArgumentException("schedule has " + schedule.size()
                    + " periods but the horizon has only " + (years + 1) + " (initial + " + years + " years)");
        }
        List<BigDecimal> periods = new ArrayList<>(Collections.nCopies(years + 1, BigDecimal.ZERO));
        for (int period = 0; period < schedule.size(); period++) {
            if (schedule.get(period) == null) {
                throw new IllegalArgumentException("schedule[" + period + "] is empty");
            }
            periods.set(period, schedule.get(period));
        }
        return List.copyOf(periods);
    }

    /**
     * A cost paid in advance: the amount for year t (t ≥ 1) is paid at the start of year t, which is the end of
     * period t − 1, so it moves to period t − 1 (year 1's payment to the undiscounted initial period). An amount in
     * period 0 is already at the start and stays. The total is unchanged; the last year's period is left empty.
     */
    public static List<BigDecimal> inAdvance(List<BigDecimal> periods) {
        Objects.requireNonNull(periods, "periods");
        List<BigDecimal> paid = new ArrayList<>(Collections.nCopies(periods.size(), BigDecimal.ZERO));
        for (int period = 0; period < periods.size(); period++) {
            int at = Math.max(0, period - 1);
            paid.set(at, paid.get(at).add(periods.get(period), Money.MATH));
        }
        return List.copyOf(paid);
    }

    /** {@code years + 1} zeros: an empty initial period and years 1..{@code years}. */
    public static List<BigDecimal> zeros(int years) {
        requireYears(years);
        return List.copyOf(Collections.nCopies(years + 1, BigDecimal.ZERO));
    }

    /** The sum of all periods, unrounded. */
    public static BigDecimal sum(List<BigDecimal> values) {
        Objects.requireNonNull(values, "values");
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal value : values) {
            total = total.add(value, Money.MATH);
        }
        return total;
    }

    /** Element-wise sum of many flows of {@code years + 1} periods; zeros when there are none. */
    public static List<BigDecimal> total(int years, Collection<List<BigDecimal>> flows) {
        BigDecimal[] sum = new BigDecimal[years + 1];
        java.util.Arrays.fill(sum, BigDecimal.ZERO);
        for (List<BigDecimal> flow : flows) {
            if (flow.size() != sum.length) {
                throw new IllegalArgumentException("total: a flow has " + flow.size() + " periods, expected " + sum.length);
            }
            for (int i = 0; i < sum.length; i++) {
                sum[i] = sum[i].add(flow.get(i), Money.MATH);
            }
        }
        return List.of(sum);
    }

    /** Element-wise {@code a + b}; both lists must have the same length. */
    public static List<BigDecimal> add(List<BigDecimal> a, List<BigDecimal> b) {
        requireSameSize(a, b, "add");
        List<BigDecimal> result = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            result.add(a.get(i).add(b.get(i), Money.MATH));
        }
        return List.copyOf(result);
    }

    /** Every period multiplied by {@code factor} (e.g. the CRM's attributed share or 1 − risk). */
    public static List<BigDecimal> scale(List<BigDecimal> values, BigDecimal factor) {
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(factor, "factor");
        return values.stream().map(value -> value.multiply(factor, Money.MATH)).toList();
    }

    /** Element-wise {@code values × factors} (e.g. a ramp-up per period); both lists must have the same length. */
    public static List<BigDecimal> multiply(List<BigDecimal> values, List<BigDecimal> factors) {
        requireSameSize(values, factors, "multiply");
        List<BigDecimal> result = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            result.add(values.get(i).multiply(factors.get(i), Money.MATH));
        }
        return List.copyOf(result);
    }

    private static void requireYears(int years) {
        if (years < 0) {
            throw new IllegalArgumentException("years must be >= 0, was " + years);
        }
    }

    private static void requireSameSize(List<BigDecimal> a, List<BigDecimal> b, String operation) {
        Objects.requireNonNull(a, "first list");
        Objects.requireNonNull(b, "second list");
        if (a.size() != b.size()) {
            throw new IllegalArgumentException(
                    "cannot " + operation + " lists of " + a.size() + " and " + b.size() + " periods");
        }
    }
}
