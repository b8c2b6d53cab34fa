package io.roiassay.engine.plugins;

import io.roiassay.engine.model.KpiSet;
import io.roiassay.plugin.MetricContext;

import java.math.BigDecimal;
import java.util.Map;

/** Makes the {@link MetricContext} a plugin sees for one case, keeping the implementation package-private. */
public final class CaseMetricContextFactory {

    /** A context over the case's KPIs for one plugin and the resolved assumptions. */
    public MetricContext create(String currency, KpiSet kpis, BigDecimal grossMarginRate, BigDecimal loadedHourlyCost,
                                Map<String, BigDecimal> productivityFactors, Map<String, BigDecimal> assumptions) {
        return new CaseMetricContext(currency, kpis.before(), kpis.after(), grossMarginRate, loadedHourlyCost,
                Map.copyOf(productivityFactors), Map.copyOf(assumptions));
    }
}
