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
 * @param firstYearCostAdjusted      the adjusted costs of the initial period and year 1 on the same basis as
 *                                   firstYearCost (by the year each covers: a year-2 payment in advance is not in it)
 * @param costCoverage               the case's {@code costCoverage}: {@code itemized}, or {@code all-in} when the costs
 *                                   are one total, whose software line is then no quote to compare the first year with
 */
@JsonPropertyOrder({"firstYearCost", "quote", "firstYearAboveQuotePercent", "firstYearCostAdjusted", "byYear", "seats",
        "costCoverage"})
public record ReportTco(BigDecimal firstYearCost, BigDecimal quote, BigDecimal firstYearAboveQuotePercent,
                        BigDecimal firstYearCostAdjusted, List<Year> byYear, Seats seats, String costCoverage) {

    public ReportTco {
        byYear = List.copyOf(byYear);
        costCoverage = costCoverage == null ? "itemized" : costCoverage;
    }

    /** The view of itemized costs. */
    public ReportTco(BigDecimal firstYearCost, BigDecimal quote, BigDecimal firstYearAboveQuotePercent,
                     List<Year> byYear, Seats seats) {
        this(firstYearCost, quote, firstYearAboveQuotePercent, null, byYear, seats, "itemized");
    }

    /** Whether the costs are an all-in total, so the first year has no quote to be compared with. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean allIn() {
        return "all-in".equals(costCoverage);
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
