package io.roiassay.engine.plugins;

import io.roiassay.engine.model.KpiSet;
import io.roiassay.plugin.MetricContext;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Makes the {@link MetricContext} a plugin sees for one case, keeping the implementation package-private. */
public final class CaseMetricContextFactory {

    /** A context over the case's KPIs for one plugin and the resolved assumptions. */
    public MetricContext create(String currency, KpiSet kpis, BigDecimal grossMarginRate, BigDecimal loadedHourlyCost,
                                Map<String, BigDecimal> productivityFactors, Map<String, BigDecimal> assumptions) {
        return create(currency, kpis, grossMarginRate, loadedHourlyCost, productivityFactors, assumptions,
                ConcurrentHashMap.newKeySet());
    }

    /**
     * The same, adding to {@code read} the name of every assumption the plugin asks for and gets a value of;
     * {@code read} must be safe to fill from another thread (the plugin's).
     */
    public MetricContext create(String currency, KpiSet kpis, BigDecimal grossMarginRate, BigDecimal loadedHourlyCost,
                                Map<String, BigDecimal> productivityFactors, Map<String, BigDecimal> assumptions,
                                Set<String> read) {
        return new CaseMetricContext(currency, kpis.before(), kpis.after(), grossMarginRate, loadedHourlyCost,
                Map.copyOf(productivityFactors), Map.copyOf(assumptions), read);
    }
}
