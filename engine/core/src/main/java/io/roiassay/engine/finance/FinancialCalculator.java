package io.roiassay.engine.finance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Computes {@link Financials} from per-period cash flows with the Forrester TEI conventions: the initial period
 * is not discounted and year t is discounted by (1 + r)^t at the end of the year.
 */
public final class FinancialCalculator {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private FinancialCalculator() {
    }

    /**
     * All figures for {@code flows} at {@code discountRate} (a fraction, 0.10 = 10%), money rounded to the minor
     * unit of {@code currency}. Every figure is derived from unrounded values; rounding happens last.
     */
    public static Financials compute(CashFlows flows, BigDecimal discountRate, String currency) {
        Objects.requireNonNull(flows, "flows");
        Objects.requireNonNull(discountRate, "discountRate");
        if (discountRate.compareTo(BigDecimal.ONE.negate()) <= 0) {
            throw new IllegalArgumentException("discount rate must be above -1 (-100%), was " + discountRate);
        }
        BigDecimal totalCosts = Schedules.sum(flows.costs());
        BigDecimal totalBenefits = Schedules.sum(flows.benefits());
        BigDecimal pvCosts = presentValue(flows.costs(), discountRate);
        BigDecimal pvBenefits = presentValue(flows.benefits(), discountRate);
        BigDecimal npv = pvBenefits.subtract(pvCosts, Money.MATH);
        List<BigDecimal> net = flows.net();
        List<BigDecimal> cumulative = cumulative(net);
        Irr.Result irr = Irr.solve(net);
        List<BigDecimal> discount = discountFactors(net.size(), discountRate);
        return new Financials(
                Money.round(totalCosts, currency),
                Money.round(totalBenefits, currency),
                Money.round(pvCosts, currency),
                Money.round(pvBenefits, currency),
                Money.round(npv, currency),
                Money.percentOf(npv, pvCosts),
                Money.percentOf(totalBenefits.subtract(totalCosts, Money.MATH), totalCosts),
                paybackMonths(net, flows.yearEndCosts()),
                paybackMonths(Schedules.multiply(net, discount), Schedules.multiply(flows.yearEndCosts(), discount)),
                irr.rate() == null ? null : Money.percent(irr.rate()),
                irr.note(),
                periods(flows, net, cumulative, currency));
    }

    /** 1 ÷ (1 + rate)^t for t = 0..size − 1, unrounded. */
    private static List<BigDecimal> discountFactors(int size, BigDecimal rate) {
        BigDecimal step = BigDecimal.ONE.divide(BigDecimal.ONE.add(rate, Money.MATH), Money.MATH);
        List<BigDecimal> factors = new ArrayList<>(size);
        BigDecimal factor = BigDecimal.ONE;
        for (int t = 0; t < size; t++) {
            factors.add(factor);
            factor = factor.multiply(step, Money.MATH);
        }
        return List.copyOf(factors);
    }

    /**
     * Σ values[t] ÷ (1 + rate)^t, unrounded; period 0 is taken at face value. Evaluated by Horner's rule with
     * the discount factor 1 ÷ (1 + rate) computed once: one division instead of one power and one division per
     * period (this runs inside the IRR search, once per bisection step).
     */
    public static BigDecimal presentValue(List<BigDecimal> values, BigDecimal rate) {
        BigDecimal factor = BigDecimal.ONE.divide(BigDecimal.ONE.add(rate, Money.MATH), Money.MATH);
        BigDecimal total = BigDecimal.ZERO;
        for (int t = values.size() - 1; t >= 0; t--) {
            total = values.get(t).add(total.multiply(factor, Money.MATH), Money.MATH);
        }
        return total;
    }

    /**
     * Months until the cumulative net turns non-negative for good, on this timeline: period 0 is an instant at
     * month 0; within year t (months 12(t − 1) to 12t) that year's benefits and costs accrue evenly, except
     * {@code yearEnd[t]}, costs paid as one sum at the end of year t (in advance for year t + 1), which fall at
     * month 12t after the year's accrual. The answer is the month after the last moment the cumulative net is
     * negative, interpolated linearly within the year it recovers in: 0 when it is never negative (no cost is paid
     * before benefits cover it); null when it is still negative at the end of the horizon.
     *
     * <p>With no year-end costs this is the textbook rule 12 × (t − 1) + 12 × (−cumulative[t − 1]) ÷ net[t], t the
     * year after the last negative period. A cost paid in advance comes first: an annual subscription of 100 paid at
     * month 0 against benefits of 200 a year pays back at month 6, not at 0 as same-year netting would say.
     * Pass discounted values for the discounted payback.
     */
    static BigDecimal paybackMonths(List<BigDecimal> net, List<BigDecimal> yearEnd) {
        BigDecimal position = net.get(0);
        BigDecimal payback = position.signum() < 0 ? null : BigDecimal.ZERO;
        for (int year = 1; year < net.size(); year++) {
            BigDecimal accrual = net.get(year).add(yearEnd.get(year), Money.MATH);
            BigDecimal end = position.add(accrual, Money.MATH);
            if (position.signum() < 0 && end.signum() >= 0) {
                // Recovered during this year: accrual > 0 here.
                BigDecimal fraction = position.negate().divide(accrual, Money.MATH);
                payback = TWELVE.multiply(BigDecimal.valueOf(year - 1L).add(fraction, Money.MATH), Money.MATH);
            } else if (end.signum() < 0) {
                payback = null;
            }
            position = end.subtract(yearEnd.get(year), Money.MATH);
            if (position.signum() < 0) {
                payback = null;
            }
        }
        if (position.signum() < 0 || payback == null) {
            return null;
        }
        return Money.roundPercent(payback);
    }

    private static List<BigDecimal> cumulative(List<BigDecimal> net) {
        List<BigDecimal> result = new ArrayList<>(net.size());
        BigDecimal running = BigDecimal.ZERO;
        for (BigDecimal value : net) {
            running = running.add(value, Money.MATH);
            result.add(running);
        }
        return List.copyOf(result);
    }

    private static List<PeriodFigures> periods(CashFlows flows, List<BigDecimal> net, List<BigDecimal> cumulative,
                                               String currency) {
        List<PeriodFigures> rows = new ArrayList<>(net.size());
        for (int period = 0; period < net.size(); period++) {
            rows.add(new PeriodFigures(period,
                    Money.round(flows.costs().get(period), currency),
                    Money.round(flows.benefits().get(period), currency),
                    Money.round(net.get(period), currency),
                    Money.round(cumulative.get(period), currency)));
        }
        return List.copyOf(rows);
    }
}
