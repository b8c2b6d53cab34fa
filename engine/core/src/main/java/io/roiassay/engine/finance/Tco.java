package io.roiassay.engine.finance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Total-cost-of-ownership arithmetic for the report's {@code financials.tco}: the first-year cost against the
 * software quote, cost by year, and the yearly cost of paid-for seats nobody uses. Values are never rounded here.
 */
public final class Tco {

    private Tco() {
    }

    /**
     * The cost of the first year of ownership: the initial period plus year 1, from per-period amounts by the
     * year they cover (a year-2 payment made in advance at the end of year 1 is not in it).
     */
    public static BigDecimal firstYear(List<BigDecimal> coverage) {
        Objects.requireNonNull(coverage, "coverage");
        BigDecimal total = coverage.get(0);
        return coverage.size() > 1 ? total.add(coverage.get(1), Money.MATH) : total;
    }

    /** The running total of {@code periods}, unrounded. */
    public static List<BigDecimal> cumulative(List<BigDecimal> periods) {
        List<BigDecimal> result = new ArrayList<>(periods.size());
        BigDecimal running = BigDecimal.ZERO;
        for (BigDecimal value : periods) {
            running = running.add(value, Money.MATH);
            result.add(running);
        }
        return List.copyOf(result);
    }

    /**
     * The software cost per seat and year: Σ licence and subscription costs over the horizon ÷ {@code years} ÷
     * {@code licensedUsers} (a licence bought once is spread evenly over the horizon); null when there are no seats,
     * no years or no software cost.
     */
    public static BigDecimal costPerSeatYear(BigDecimal softwareTotal, int years, Integer licensedUsers) {
        Objects.requireNonNull(softwareTotal, "softwareTotal");
        if (licensedUsers == null || licensedUsers <= 0 || years <= 0 || softwareTotal.signum() <= 0) {
            return null;
        }
        return softwareTotal.divide(BigDecimal.valueOf((long) years * licensedUsers), Money.MATH);
    }
}
