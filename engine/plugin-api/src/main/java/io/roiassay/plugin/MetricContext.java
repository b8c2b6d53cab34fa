package io.roiassay.plugin;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/**
 * What a plugin may read while it computes: its own KPI values from the case and the assumptions the
 * engine resolved (case overrides first, then the industry profile). Read-only; safe to use from the
 * calling thread only.
 */
public interface MetricContext {

    /** The case's ISO 4217 currency code; every {@link Benefit} must use it. */
    String currency();

    /** The KPI value before the CRM, from {@code kpis.<pluginId>.before.<name>}. */
    Optional<BigDecimal> before(String kpi);

    /** The KPI value after the CRM, from {@code kpis.<pluginId>.after.<name>}. */
    Optional<BigDecimal> after(String kpi);

    /** The names of the KPIs present in the case for this plugin (before or after). */
    Set<String> kpiNames();

    /**
     * The gross margin rate (0..1) used to turn extra sales into gross profit: the case's
     * {@code company.grossMarginRate}, else the profile's typical margin.
     */
    BigDecimal grossMarginRate();

    /** The loaded cost of one staff hour in the case's currency (salary × about 1.35). */
    BigDecimal loadedHourlyCost();

    /**
     * The share (0..1) of freed time that turns into productive work for a role: {@code sales},
     * {@code service} or {@code marketing} (Nucleus Research: sales 0.7–0.9, marketing at most 0.5).
     */
    BigDecimal productivityFactor(String role);

    /**
     * Any other named assumption from the case or profile, e.g. {@code customerAnnualValue}.
     * Empty when neither gives it.
     */
    Optional<BigDecimal> assumption(String name);
}
