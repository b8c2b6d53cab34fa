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
        BigDecimal irr = Irr.rate(net);
        return new Financials(
                Money.round(totalCosts, currency),
                Money.round(totalBenefits, currency),
                Money.round(pvCosts, currency),
                Money.round(pvBenefits, currency),
                Money.round(npv, currency),
                Money.percentOf(npv, pvCosts),
                Money.percentOf(totalBenefits.subtract(totalCosts, Money.MATH), totalCosts),
                paybackMonths(net, cumulative),
                irr == null ? null : Money.percent(irr),
                periods(flows, net, cumulative, currency));
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
     * Months until cumulative undiscounted net turns non-negative for good, interpolated linearly inside the year
     * it happens in: 0 when it is never negative; otherwise, with t the year after the last negative period,
     * 12 × (t − 1) + 12 × (−cumulative[t − 1]) ÷ net[t]. Null when still negative at the end of the horizon.
     *
     * <p>"For good" matters when the initial period is empty: a case with no initial outlay and losses every year
     * has cumulative 0 at period 0, and calling that an immediate payback would be absurd. For cash flows that
     * cross zero only once this is the plain "first month cumulative net is ≥ 0".
     */
    static BigDecimal paybackMonths(List<BigDecimal> net, List<BigDecimal> cumulative) {
        int lastNegative = -1;
        for (int period = 0; period < cumulative.size(); period++) {
            if (cumulative.get(period).signum() < 0) {
                lastNegative = period;
            }
        }
        if (lastNegative < 0) {
            return Money.roundPercent(BigDecimal.ZERO);
        }
        if (lastNegative == cumulative.size() - 1) {
            return null;
        }
        int year = lastNegative + 1;
        // net[year] > 0 here: cumulative went from negative to non-negative during this year.
        BigDecimal fraction = cumulative.get(lastNegative).negate().divide(net.get(year), Money.MATH);
        BigDecimal months = TWELVE.multiply(BigDecimal.valueOf(year - 1L))
                .add(TWELVE.multiply(fraction, Money.MATH), Money.MATH);
        return Money.roundPercent(months);
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
