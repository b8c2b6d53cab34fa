package io.roiassay.engine.finance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Costs and benefits per period, {@code [initial, year 1, …, year N]}, unrounded; the input of
 * {@link FinancialCalculator}.
 *
 * @param costs    cost per period (positive numbers are outflows)
 * @param benefits benefit per period, same length as {@code costs}
 */
public record CashFlows(List<BigDecimal> costs, List<BigDecimal> benefits) {

    public CashFlows {
        Objects.requireNonNull(costs, "costs");
        Objects.requireNonNull(benefits, "benefits");
        if (costs.isEmpty()) {
            throw new IllegalArgumentException("cash flows need at least the initial period");
        }
        if (costs.size() != benefits.size()) {
            throw new IllegalArgumentException("costs cover " + costs.size() + " periods but benefits cover "
                    + benefits.size() + "; both must span the same horizon");
        }
        costs = List.copyOf(costs);
        benefits = List.copyOf(benefits);
    }

    /** The number of years after the initial period (N). */
    public int years() {
        return costs.size() - 1;
    }

    /** Benefits − costs per period, unrounded. */
    public List<BigDecimal> net() {
        return Schedules.add(benefits, Schedules.scale(costs, BigDecimal.ONE.negate()));
    }
}
