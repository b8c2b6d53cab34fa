package io.roiassay.metrics.sales;

import io.roiassay.plugin.support.Kpis;
import io.roiassay.plugin.support.LineBuilder;

import io.roiassay.plugin.Benefit;
import io.roiassay.plugin.BenefitKind;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static io.roiassay.plugin.support.Kpis.HUNDRED;
import static io.roiassay.plugin.support.Kpis.MC;
import static io.roiassay.metrics.sales.SalesDescriptor.CROSS_SELL;
import static io.roiassay.metrics.sales.SalesDescriptor.DEAL_SIZE;
import static io.roiassay.metrics.sales.SalesDescriptor.DEAL_VOLUME;
import static io.roiassay.metrics.sales.SalesDescriptor.REP_TIME_SAVED;
import static io.roiassay.metrics.sales.SalesDescriptor.REVENUE_GROWTH;
import static io.roiassay.metrics.sales.SalesDescriptor.WIN_RATE;
import static io.roiassay.metrics.sales.SalesDescriptor.WORK_WEEKS_PER_YEAR;

/**
 * The sales formulas, one method per benefit line. Each returns empty when an input is missing; none of
 * them decides precedence, which {@link SalesMetrics#compute} does in one visible place.
 */
final class SalesFormulas {

    /** 52 weeks less about four weeks of holidays and leave. */
    static final BigDecimal DEFAULT_WORK_WEEKS = BigDecimal.valueOf(48);

    private final Kpis kpis;
    private final String currency;
    private final BigDecimal margin;

    SalesFormulas(Kpis kpis) {
        this.kpis = kpis;
        this.currency = kpis.context().currency();
        this.margin = kpis.context().grossMarginRate();
    }

    /** (revenue after − before) × gross margin rate. */
    Optional<Benefit> revenueGrowth() {
        return kpis.change("revenue").map(revenue -> LineBuilder.of(REVENUE_GROWTH, BenefitKind.GROSS_PROFIT)
                .input(revenue).input("grossMarginRate", margin)
                .annual(revenue.increase().multiply(margin, MC), currency));
    }

    /**
     * Splits the revenue change into volume (more deals at the old size) and size (all new deals at the
     * larger size); the two add up to dealsAfter × sizeAfter − dealsBefore × sizeBefore exactly.
     */
    List<Benefit> dealVolumeAndSize() {
        var deals = kpis.change("closedDeals");
        var size = kpis.change("averageDealSize");
        if (deals.isEmpty() || size.isEmpty()) {
            return List.of();
        }
        var d = deals.get();
        var s = size.get();
        Benefit volume = LineBuilder.of(DEAL_VOLUME, BenefitKind.GROSS_PROFIT)
                .input(d).input("averageDealSize.before", s.before()).input("grossMarginRate", margin)
                .annual(d.increase().multiply(s.before(), MC).multiply(margin, MC), currency);
        Benefit larger = LineBuilder.of(DEAL_SIZE, BenefitKind.GROSS_PROFIT)
                .input("closedDeals.after", d.after()).input(s).input("grossMarginRate", margin)
                .annual(d.after().multiply(s.increase(), MC).multiply(margin, MC), currency);
        return List.of(volume, larger);
    }

    /** opportunities × (win rate after − before) / 100 × average deal size × gross margin rate. */
    Optional<Benefit> winRate() {
        var opportunities = kpis.latest("opportunities");
        var win = kpis.change("winRate");
        var size = kpis.latest("averageDealSize");
        if (opportunities.isEmpty() || win.isEmpty() || size.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal extraDeals = opportunities.get().value()
                .multiply(win.get().increase(), MC).divide(HUNDRED, MC);
        return Optional.of(LineBuilder.of(WIN_RATE, BenefitKind.GROSS_PROFIT)
                .input(opportunities.get()).input(win.get()).input(size.get()).input("grossMarginRate", margin)
                .annual(extraDeals.multiply(size.get().value(), MC).multiply(margin, MC), currency));
    }

    /** (cross-sell revenue after − before) × gross margin rate. */
    Optional<Benefit> crossSell() {
        return kpis.change("crossSellRevenue").map(revenue -> LineBuilder.of(CROSS_SELL, BenefitKind.GROSS_PROFIT)
                .input(revenue).input("grossMarginRate", margin)
                .annual(revenue.increase().multiply(margin, MC), currency));
    }

    /** Admin hours saved per rep per week × weeks × reps, valued at loaded cost × the sales productivity factor. */
    Optional<Benefit> repTimeSaved() {
        var hours = kpis.change("repAdminHoursPerWeek");
        var reps = kpis.latest("reps");
        if (hours.isEmpty() || reps.isEmpty()) {
            return Optional.empty();
        }
        var weeks = kpis.assumptionOr(WORK_WEEKS_PER_YEAR, DEFAULT_WORK_WEEKS);
        BigDecimal hourlyCost = kpis.context().loadedHourlyCost();
        BigDecimal factor = kpis.context().productivityFactor("sales");
        BigDecimal amount = hours.get().decrease().multiply(weeks.value(), MC)
                .multiply(reps.get().value(), MC).multiply(hourlyCost, MC).multiply(factor, MC);
        return Optional.of(LineBuilder.of(REP_TIME_SAVED, BenefitKind.TIME_SAVED)
                .input(hours.get()).input(weeks).input(reps.get())
                .input("loadedHourlyCost", hourlyCost).input("productivityFactor.sales", factor)
                .annual(amount, currency));
    }
}
