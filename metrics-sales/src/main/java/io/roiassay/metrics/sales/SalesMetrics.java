package io.roiassay.metrics.sales;

import io.roiassay.plugin.support.Kpis;

import io.roiassay.plugin.Benefit;
import io.roiassay.plugin.Indicator;
import io.roiassay.plugin.IndicatorDefinition;
import io.roiassay.plugin.MetricContext;
import io.roiassay.plugin.MetricPlugin;
import io.roiassay.plugin.Text;
import io.roiassay.plugin.Unit;
import io.roiassay.plugin.AssumptionDefinition;
import io.roiassay.plugin.PluginDescriptor;

import java.util.ArrayList;
import java.util.List;

/**
 * The sales metric plugin ({@code kpis.sales}): revenue growth at gross margin, deal volume and size, win
 * rate, cross-sell and rep time saved; the reference implementation a vendor copies.
 *
 * <p>Revenue lines overlap, so exactly one family is used, in this order of precedence:
 * <ol>
 *   <li>{@code revenue-growth} when annual {@code revenue} is given before and after;</li>
 *   <li>else {@code deal-volume} + {@code deal-size} from {@code closedDeals} and {@code averageDealSize}
 *       (they add up to the revenue change);</li>
 *   <li>else {@code win-rate} from {@code opportunities}, {@code winRate} and {@code averageDealSize};</li>
 *   <li>else {@code cross-sell} from {@code crossSellRevenue}.</li>
 * </ol>
 * {@code rep-time-saved} is time, not revenue, and is always computed when its inputs are there. Stateless
 * and thread-safe.
 */
public final class SalesMetrics implements MetricPlugin {

    /** Creates the plugin; the engine calls this through {@link java.util.ServiceLoader}. */
    public SalesMetrics() {
    }

    @Override
    public PluginDescriptor descriptor() {
        return SalesDescriptor.DESCRIPTOR;
    }

    /** The default the formulas fall back on, declared so that {@code assay plugins} lists it with its source. */
    @Override
    public List<AssumptionDefinition> assumptions() {
        return List.of(AssumptionDefinition.assumed(SalesDescriptor.WORK_WEEKS_PER_YEAR, SalesFormulas.DEFAULT_WORK_WEEKS, Unit.COUNT,
                Text.of("Work weeks per year: 52 weeks less holidays and leave; turns weekly hours freed into yearly hours",
                        "每年工作周数：52 周减去节假日和休假；用于把每周节省的工时换算为全年工时")));
    }

    @Override
    public List<Benefit> compute(MetricContext context) {
        SalesFormulas formulas = new SalesFormulas(new Kpis(context));
        List<Benefit> lines = new ArrayList<>(revenueLines(formulas));
        formulas.repTimeSaved().ifPresent(lines::add);
        return lines;
    }

    /** The one revenue family this case supports, by the precedence in the class javadoc. */
    private static List<Benefit> revenueLines(SalesFormulas formulas) {
        var revenue = formulas.revenueGrowth();
        if (revenue.isPresent()) {
            return List.of(revenue.get());
        }
        var deals = formulas.dealVolumeAndSize();
        if (!deals.isEmpty()) {
            return deals;
        }
        var winRate = formulas.winRate();
        if (winRate.isPresent()) {
            return List.of(winRate.get());
        }
        return formulas.crossSell().map(List::of).orElse(List.of());
    }

    /**
     * Reports every declared indicator given before and after, except the win rate when it is already
     * counted as money in {@code win-rate} (showing it twice would invite counting it twice).
     */
    @Override
    public List<Indicator> indicators(MetricContext context) {
        Kpis kpis = new Kpis(context);
        boolean winRateCounted = revenueLines(new SalesFormulas(kpis)).stream()
                .anyMatch(line -> line.id().equals(SalesDescriptor.WIN_RATE));
        List<Indicator> indicators = new ArrayList<>();
        for (IndicatorDefinition def : SalesDescriptor.DESCRIPTOR.indicators()) {
            if (winRateCounted && def.kpi().equals("winRate")) {
                continue;
            }
            kpis.change(def.kpi()).ifPresent(c -> indicators.add(new Indicator(def.id(), c.before(), c.after())));
        }
        return indicators;
    }
}
