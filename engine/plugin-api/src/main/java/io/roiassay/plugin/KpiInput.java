package io.roiassay.plugin;

import java.util.Objects;

/**
 * One KPI a plugin reads from {@code kpis.<pluginId>.before} and {@code .after} in a case.
 *
 * @param name        the field name in the case, e.g. {@code closedDeals}
 * @param unit        what the number means
 * @param required    whether the plugin cannot compute anything without it; the engine reports a
 *                    missing required input instead of calling the plugin
 * @param description what the KPI is, in both languages
 */
public record KpiInput(String name, Unit unit, boolean required, Text description) {

    public KpiInput {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(description, "description");
        if (!name.matches("[a-z][A-Za-z0-9]*")) {
            throw new IllegalArgumentException("KPI input name must be lowerCamelCase: " + name);
        }
    }

    /** An optional input. */
    public static KpiInput optional(String name, Unit unit, Text description) {
        return new KpiInput(name, unit, false, description);
    }

    /** A required input. */
    public static KpiInput required(String name, Unit unit, Text description) {
        return new KpiInput(name, unit, true, description);
    }
}
