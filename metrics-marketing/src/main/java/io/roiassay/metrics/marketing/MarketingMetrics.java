package io.roiassay.metrics.marketing;

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
import java.util.Optional;

/**
 * The marketing metric plugin ({@code kpis.marketing}): cost per lead, lead conversion or campaign revenue,
 * customer acquisition cost and marketing time saved.
 *
 * <p>Precedence, so the same leads and customers are never priced twice:
 * <ul>
 *   <li>{@code campaign-revenue} beats {@code lead-conversion}: campaign revenue already contains the
 *       extra sales from better conversion;</li>
 *   <li>{@code lead-cost} is not computed beside {@code campaign-revenue}, which already credits the extra
 *       leads; it may stand beside {@code lead-conversion}, since both hold the leads at today's count;</li>
 *   <li>{@code acquisition-cost} only when none of the three above was computed: it comes from the same spend
 *       as the cost per lead and from the same extra customers the revenue lines count.</li>
 * </ul>
 * {@code marketing-time-saved} is staff time and always computed when its inputs are there. Stateless and
 * thread-safe.
 */
public final class MarketingMetrics implements MetricPlugin {

    /** Creates the plugin; the engine calls this through {@link java.util.ServiceLoader}. */
    public MarketingMetrics() {
    }

    @Override
    public PluginDescriptor descriptor() {
        return MarketingDescriptor.DESCRIPTOR;
    }

    /** The default the formulas fall back on, declared so that {@code assay plugins} lists it with its source. */
    @Override
    public List<AssumptionDefinition> assumptions() {
        return List.of(AssumptionDefinition.assumed(MarketingDescriptor.WORK_WEEKS_PER_YEAR, MarketingFormulas.DEFAULT_WORK_WEEKS, Unit.COUNT,
                Text.of("Work weeks per year: 52 weeks less holidays and leave; turns weekly hours freed into yearly hours",
                        "每年工作周数：52 周减去节假日和休假；用于把每周节省的工时换算为全年工时")));
    }

    @Override
    public List<Benefit> compute(MetricContext context) {
        MarketingFormulas formulas = new MarketingFormulas(new Kpis(context));
        List<Benefit> lines = new ArrayList<>();
        Optional<Benefit> campaign = formulas.campaignRevenue();
        Optional<Benefit> revenue = campaign.or(formulas::leadConversion);
        Optional<Benefit> leadCost = campaign.isPresent() ? Optional.empty() : formulas.leadCost();
        leadCost.ifPresent(lines::add);
        revenue.ifPresent(lines::add);
        if (leadCost.isEmpty() && revenue.isEmpty()) {
            formulas.acquisitionCost().ifPresent(lines::add);
        }
        formulas.marketingTimeSaved().ifPresent(lines::add);
        return lines;
    }

    /**
     * Reports every declared indicator given before and after; the cost per lead is computed from spend and
     * leads, and left out when either year has no leads.
     */
    @Override
    public List<Indicator> indicators(MetricContext context) {
        Kpis kpis = new Kpis(context);
        MarketingFormulas formulas = new MarketingFormulas(kpis);
        List<Indicator> indicators = new ArrayList<>();
        for (IndicatorDefinition def : MarketingDescriptor.DESCRIPTOR.indicators()) {
            var change = def.id().equals("costPerLead") ? formulas.costPerLead() : kpis.change(def.kpi());
            change.ifPresent(c -> indicators.add(new Indicator(def.id(), c.before(), c.after())));
        }
        return indicators;
    }
}
