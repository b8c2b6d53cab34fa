package io.roiassay.engine.plugins;

import io.roiassay.plugin.KpiInput;
import io.roiassay.plugin.MetricContext;
import io.roiassay.plugin.PluginDescriptor;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A plugin's view of a case: only the KPIs its descriptor declares as inputs are visible. */
final class DeclaredKpis implements MetricContext {

    private final MetricContext all;
    private final Set<String> declared;

    private DeclaredKpis(MetricContext all, Set<String> declared) {
        this.all = all;
        this.declared = declared;
    }

    static MetricContext view(PluginDescriptor descriptor, MetricContext context) {
        return new DeclaredKpis(context, descriptor.inputs().stream().map(KpiInput::name).collect(Collectors.toUnmodifiableSet()));
    }

    @Override
    public String currency() {
        return all.currency();
    }

    @Override
    public Optional<BigDecimal> before(String kpi) {
        return declared.contains(kpi) ? all.before(kpi) : Optional.empty();
    }

    @Override
    public Optional<BigDecimal> after(String kpi) {
        return declared.contains(kpi) ? all.after(kpi) : Optional.empty();
    }

    @Override
    public Set<String> kpiNames() {
        Set<String> names = new TreeSet<>(all.kpiNames());
        names.retainAll(declared);
        return names;
    }

    @Override
    public BigDecimal grossMarginRate() {
        return all.grossMarginRate();
    }

    @Override
    public BigDecimal loadedHourlyCost() {
        return all.loadedHourlyCost();
    }

    @Override
    public BigDecimal productivityFactor(String role) {
        return all.productivityFactor(role);
    }

    @Override
    public Optional<BigDecimal> assumption(String name) {
        return all.assumption(name);
    }
}
