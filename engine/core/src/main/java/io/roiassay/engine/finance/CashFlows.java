package io.roiassay.engine.finance;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Costs and benefits per period, {@code [initial, year 1, …, year N]}, unrounded; the input of
 * {@link FinancialCalculator}.
 *
 * @param costs        cost per period (positive numbers are outflows), placed in the period they are paid in
 * @param benefits     benefit per period, same length as {@code costs}
 * @param yearEndCosts the part of each period's costs paid as one sum at the period's end, before the next year's
 *                     benefits: costs paid in advance for the next year (see {@link Schedules#inAdvance}). The
 *                     rest of a year's costs and benefits accrue through the year. Same length, each entry at most
 *                     the period's cost; period 0 is an instant, so its entry does not matter
 */
public record CashFlows(List<BigDecimal> costs, List<BigDecimal> benefits, List<BigDecimal> yearEndCosts) {

    public CashFlows {
        Objects.requireNonNull(costs, "costs");
        Objects.requireNonNull(benefits, "benefits");
        Objects.requireNonNull(yearEndCosts, "yearEndCosts");
        if (costs.isEmpty()) {
            throw new IllegalArgumentException("cash flows need at least the initial period");
        }
        if (costs.size() != benefits.size() || costs.size() != yearEndCosts.size()) {
            throw new IllegalArgumentException("costs cover " + costs.size() + " periods but benefits cover "
                    + benefits.size() + " and year-end costs " + yearEndCosts.size() + "; all must span the same horizon");
        }
        costs = List.copyOf(costs);
        benefits = List.copyOf(benefits);
        yearEndCosts = List.copyOf(yearEndCosts);
    }

    /** Flows whose costs all accrue through their year (every recurring cost paid in arrears). */
    public CashFlows(List<BigDecimal> costs, List<BigDecimal> benefits) {
        this(costs, benefits, List.copyOf(Collections.nCopies(costs.size(), BigDecimal.ZERO)));
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
