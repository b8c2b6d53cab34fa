package io.roiassay.metrics.service;

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
 * The customer service metric plugin ({@code kpis.service}): agent productivity or resolution time,
 * retention at gross margin, and self-service deflection.
 *
 * <p>Precedence, so nothing is counted twice:
 * <ul>
 *   <li>{@code agent-productivity} (cases per agent) beats {@code resolution-time}: both are the same agent
 *       hours seen two ways;</li>
 *   <li>{@code resolution-time} counts only cases agents still handle, so it does not overlap
 *       {@code self-service-deflection};</li>
 *   <li>{@code retention} uses the retention rate, and the churn rate only when retention is not given.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class ServiceMetrics implements MetricPlugin {

    /** Creates the plugin; the engine calls this through {@link java.util.ServiceLoader}. */
    public ServiceMetrics() {
    }

    @Override
    public PluginDescriptor descriptor() {
        return ServiceDescriptor.DESCRIPTOR;
    }

    /** The default the formulas fall back on, declared so that {@code assay plugins} lists it with its source. */
    @Override
    public List<AssumptionDefinition> assumptions() {
        return List.of(AssumptionDefinition.assumed(ServiceDescriptor.ANNUAL_HOURS_PER_FTE, ServiceFormulas.DEFAULT_ANNUAL_HOURS_PER_FTE, Unit.HOURS,
                Text.of("Hours one full-time agent works per year (220 days of 8 hours); gives the yearly agent cost when neither the agentAnnualCost KPI nor assumption is set",
                        "一名全职客服座席每年的工作小时数（220 天 × 8 小时）；在未给出 agentAnnualCost（KPI 或假设）时用于推算座席年度成本")));
    }

    @Override
    public List<Benefit> compute(MetricContext context) {
        ServiceFormulas formulas = new ServiceFormulas(new Kpis(context));
        List<Benefit> lines = new ArrayList<>();
        formulas.agentProductivity().or(formulas::resolutionTime).ifPresent(lines::add);
        formulas.retention().ifPresent(lines::add);
        formulas.selfServiceDeflection().ifPresent(lines::add);
        return lines;
    }

    /** Reports every declared indicator given both before and after; they are shown, never added to money. */
    @Override
    public List<Indicator> indicators(MetricContext context) {
        Kpis kpis = new Kpis(context);
        List<Indicator> indicators = new ArrayList<>();
        for (IndicatorDefinition def : ServiceDescriptor.DESCRIPTOR.indicators()) {
            kpis.change(def.kpi()).ifPresent(c -> indicators.add(new Indicator(def.id(), c.before(), c.after())));
        }
        return indicators;
    }
}
