package io.roiassay.engine.plugins;

import io.roiassay.plugin.MetricContext;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@link MetricContext} the engine gives a plugin for one case: its KPIs and resolved assumptions; the
 * names of the assumptions the plugin asks for are added to {@code read} (a set safe to fill from the plugin's
 * own thread), so that the report can list the plugin defaults a figure used.
 */
record CaseMetricContext(String currency, Map<String, BigDecimal> beforeValues, Map<String, BigDecimal> afterValues,
                         BigDecimal grossMarginRate, BigDecimal loadedHourlyCost,
                         Map<String, BigDecimal> productivityFactors, Map<String, BigDecimal> assumptions,
                         Set<String> read)
        implements MetricContext {

    @Override
    public Optional<BigDecimal> before(String kpi) {
        return Optional.ofNullable(beforeValues.get(kpi));
    }

    @Override
    public Optional<BigDecimal> after(String kpi) {
        return Optional.ofNullable(afterValues.get(kpi));
    }

    @Override
    public Set<String> kpiNames() {
        Set<String> names = new TreeSet<>(beforeValues.keySet());
        names.addAll(afterValues.keySet());
        return names;
    }

    @Override
    public BigDecimal productivityFactor(String role) {
        BigDecimal factor = productivityFactors.get(role);
        if (factor == null) {
            // Counting an unknown role's time at 100 % would overstate the benefit without a word.
            throw new IllegalArgumentException("unknown productivity role '" + role + "'; the roles are "
                    + String.join(", ", new java.util.TreeSet<>(productivityFactors.keySet())));
        }
        return factor;
    }

    @Override
    public Optional<BigDecimal> assumption(String name) {
        if (name != null && assumptions.containsKey(name)) {
            read.add(name);
        }
        return Optional.ofNullable(assumptions.get(name));
    }
}
