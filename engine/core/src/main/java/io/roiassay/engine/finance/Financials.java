package io.roiassay.engine.finance;

import java.math.BigDecimal;
import java.util.List;

/**
 * The financial figures of one set of cash flows; see {@link Definitions} for the exact definition of each.
 * Money is rounded to the currency's minor unit, percentages and months to two places, all half-even.
 *
 * @param totalCosts       undiscounted Σ costs
 * @param totalBenefits    undiscounted Σ benefits
 * @param pvCosts          present value of costs (period 0 undiscounted, year t at (1 + r)^t)
 * @param pvBenefits       present value of benefits, same convention
 * @param npv              pvBenefits − pvCosts
 * @param roiPercent       discounted ROI, NPV ÷ PV(costs) × 100; null when PV(costs) is zero
 * @param simpleRoiPercent (Σ benefits − Σ costs) ÷ Σ costs × 100; null when Σ costs is zero
 * @param paybackMonths    months until cumulative undiscounted net stays non-negative; null when not within
 *                         the horizon
 * @param discountedPaybackMonths the same on the discounted net; null when not within the horizon
 * @param irrPercent       internal rate of return in percent; null when not meaningful
 * @param irrNote          why the IRR is not meaningful; null when {@code irrPercent} is given
 * @param periods          per-period costs, benefits, net and cumulative net
 */
public record Financials(BigDecimal totalCosts, BigDecimal totalBenefits, BigDecimal pvCosts,
                         BigDecimal pvBenefits, BigDecimal npv, BigDecimal roiPercent,
                         BigDecimal simpleRoiPercent, BigDecimal paybackMonths, BigDecimal discountedPaybackMonths,
                         BigDecimal irrPercent, IrrNote irrNote, List<PeriodFigures> periods) {

    public Financials {
        periods = List.copyOf(periods);
    }
}
