package io.roiassay.engine.assess;

import io.roiassay.engine.facts.SeatFact;
import io.roiassay.engine.finance.Money;
import io.roiassay.engine.finance.Schedules;
import io.roiassay.engine.finance.Tco;
import io.roiassay.engine.model.Case;
import io.roiassay.engine.model.CostCategory;

import java.math.BigDecimal;
import java.util.List;

/**
 * The case-side inputs of the TCO view, unrounded: the first-year cost and the software quote it is compared with
 * (both from costs by the year they cover), the seat counts with their cost (null without both user counts), and
 * whether the costs are an all-in total ({@code costCoverage: all-in}), which no licence-and-subscription quote is.
 */
record TcoInputs(BigDecimal firstYearCost, BigDecimal quote, SeatFact seats, boolean allIn) {

    /** Built from the case and its cost flows by the year they cover ({@code coverage[i]} for {@code costs[i]}). */
    static TcoInputs of(Case c, List<List<BigDecimal>> coverage) {
        BigDecimal firstYear = BigDecimal.ZERO;
        BigDecimal quote = BigDecimal.ZERO;
        BigDecimal software = BigDecimal.ZERO;
        for (int i = 0; i < coverage.size(); i++) {
            BigDecimal first = Tco.firstYear(coverage.get(i));
            firstYear = firstYear.add(first, Money.MATH);
            CostCategory category = c.costs().get(i).category();
            if (category == CostCategory.LICENSE || category == CostCategory.SUBSCRIPTION) {
                quote = quote.add(first, Money.MATH);
                software = software.add(Schedules.sum(coverage.get(i)), Money.MATH);
            }
        }
        return new TcoInputs(firstYear, quote, seats(c, software),
                c.effectiveCostCoverage() == io.roiassay.engine.model.CostCoverage.ALL_IN);
    }

    private static SeatFact seats(Case c, BigDecimal software) {
        var d = c.deployment();
        if (d == null || d.licensedUsers() == null || d.activeUsers() == null) {
            return null;
        }
        BigDecimal perSeat = Tco.costPerSeatYear(software, c.years(), d.licensedUsers());
        BigDecimal unused = perSeat == null ? null
                : perSeat.multiply(BigDecimal.valueOf((long) d.licensedUsers() - d.activeUsers()), Money.MATH);
        return new SeatFact(d.licensedUsers(), d.activeUsers(),
                perSeat == null ? null : Money.round(perSeat, c.currency()),
                unused == null ? null : Money.round(unused, c.currency()));
    }
}
