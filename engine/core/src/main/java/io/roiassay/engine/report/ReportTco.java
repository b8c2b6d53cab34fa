package io.roiassay.engine.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;
import java.util.List;

/**
 * The total-cost-of-ownership view ({@code financials.tco}): the first year's cost against the software quote,
 * the cost paid in each period (entered and adjusted, with running totals), and the seats paid for but unused.
 *
 * @param firstYearCost              every entered cost of the initial period and year 1, by the year it covers
 * @param quote                      the licence and subscription lines' share of it (what a vendor quotes); 0 when
 *                                   there is no software line
 * @param firstYearAboveQuotePercent (firstYearCost − quote) ÷ quote × 100; null when the quote is 0
 * @param byYear                     cost per period as paid, entered and adjusted
 * @param seats                      licensed against active users; null unless both are given
 */
@JsonPropertyOrder({"firstYearCost", "quote", "firstYearAboveQuotePercent", "byYear", "seats"})
public record ReportTco(BigDecimal firstYearCost, BigDecimal quote, BigDecimal firstYearAboveQuotePercent,
                        List<Year> byYear, Seats seats) {

    public ReportTco {
        byYear = List.copyOf(byYear);
    }

    /** One period's cost: period 0 is the initial period. */
    @JsonPropertyOrder({"period", "entered", "adjusted", "cumulativeEntered", "cumulativeAdjusted"})
    public record Year(int period, BigDecimal entered, BigDecimal adjusted, BigDecimal cumulativeEntered,
                       BigDecimal cumulativeAdjusted) {
    }

    /**
     * Seats paid for and seats in use, with the yearly software cost of the unused ones (null without a licence or
     * subscription line).
     */
    @JsonPropertyOrder({"licensedUsers", "activeUsers", "unusedSeats", "costPerSeatYear", "unusedSeatsYearlyCost"})
    public record Seats(int licensedUsers, int activeUsers, int unusedSeats, BigDecimal costPerSeatYear,
                        BigDecimal unusedSeatsYearlyCost) {
    }
}
