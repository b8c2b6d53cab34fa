package io.roiassay.plugin;

import java.util.List;

/**
 * A metric plugin: turns a case's before/after KPIs into benefit lines in profit terms.
 *
 * <h2>How to use</h2>
 * Implement this interface in a public class with a public no-argument constructor, list the class in
 * {@code META-INF/services/io.roiassay.plugin.MetricPlugin}, package it as a jar and drop the jar in the
 * engine's plugins directory ({@code plugins/} by default). Depend on this API in {@code provided} scope:
 * the engine supplies it, and your jar sees nothing else of the engine.
 * <ul>
 *   <li>{@link #descriptor()} declares id, version, inputs, benefit lines and formulas. It is called once,
 *       before any case, and must not depend on a case.</li>
 *   <li>{@link #compute(MetricContext)} is called once per case that has {@code kpis.<id>} and all required
 *       inputs. Return only lines whose inputs were present; skip the others.</li>
 * </ul>
 * The engine records who made each line (plugin id, version, jar hash), applies attribution, adoption and
 * ramp-up, and isolates failures: an exception, a time-out or an invalid line becomes a
 * {@code plugin/failed} finding and the rest of the report still stands. Plugins must be stateless or
 * thread-safe: the engine may call one instance from several threads at once.
 *
 * <h2>How to test</h2>
 * Build a {@link io.roiassay.plugin.testing.TestMetricContext} with the KPI values and assumptions, call
 * {@code compute} and assert the amounts; {@link io.roiassay.plugin.testing.PluginContract#check} verifies
 * that a descriptor is well formed and that computed lines match what it declares.
 *
 * <p>New methods are added to this interface with defaults, so a plugin compiled against an older API keeps
 * working.
 */
public interface MetricPlugin {

    /** Declares the plugin; must return the same value every time. */
    PluginDescriptor descriptor();

    /**
     * Computes the benefit lines for one case.
     *
     * @param context the case's KPI values and the resolved assumptions
     * @return the lines, each with the id and kind of a declared {@link BenefitDefinition}; never null
     * @throws Exception on any failure; the engine reports it as {@code plugin/failed}
     */
    List<Benefit> compute(MetricContext context) throws Exception;

    /**
     * Reports non-financial indicators (satisfaction, retention …) for one case. Optional.
     *
     * @param context the case's KPI values and the resolved assumptions
     * @return the indicators, each with the id of a declared {@link IndicatorDefinition}; never null
     * @throws Exception on any failure; the engine reports it as {@code plugin/failed}
     */
    default List<Indicator> indicators(MetricContext context) throws Exception {
        return List.of();
    }

    /**
     * The named assumptions the plugin's formulas read through {@link MetricContext#assumption}, each with its
     * default and where that comes from. Optional: called once, when the plugin is loaded, and listed by
     * {@code assay plugins} and the API. A case overrides one with {@code assumptions.values.<key>}, an
     * industry profile may set it too; only when neither does, the engine passes the declared default, so
     * {@code context.assumption(key)} is never empty for a declared key.
     *
     * @return the declarations, keys unique; never null
     */
    default List<AssumptionDefinition> assumptions() {
        return List.of();
    }
}
