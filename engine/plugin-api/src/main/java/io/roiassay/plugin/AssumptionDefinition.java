package io.roiassay.plugin;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * A named value a plugin's formulas use besides the case's KPIs (work weeks per year, hours per full-time
 * employee …), with the default the plugin uses when neither the case ({@code assumptions.values.<key>})
 * nor the industry profile sets it, and where that default comes from.
 *
 * @param key          the name, lowerCamelCase; also the key under {@code assumptions.values} in a case
 * @param defaultValue the value used when nothing else sets it
 * @param unit         what the number means
 * @param description  what it is, in both languages
 * @param source       where the default comes from (a study, a statistic), or {@link #ASSUMPTION} when it is
 *                     the plugin author's own assumption
 */
public record AssumptionDefinition(String key, BigDecimal defaultValue, Unit unit, Text description, String source) {

    /** The source of a default that no study or statistic backs: the plugin author's assumption. */
    public static final String ASSUMPTION = "assumption";

    public AssumptionDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(source, "source");
        if (!key.matches("[a-z][A-Za-z0-9]*")) {
            throw new IllegalArgumentException("assumption key must be lowerCamelCase: " + key);
        }
        if (defaultValue.getClass() != BigDecimal.class || defaultValue.unscaledValue().getClass() != BigInteger.class
                || defaultValue.precision() > 40 || Math.abs(defaultValue.scale()) > 40) {
            throw new IllegalArgumentException("assumption " + key + ": the default must be a plain java.math.BigDecimal"
                    + " of at most 40 digits and places");
        }
        if (source.isBlank()) {
            throw new IllegalArgumentException("assumption " + key + ": name a source, or use AssumptionDefinition.ASSUMPTION");
        }
    }

    /** A default that is the plugin author's own assumption. */
    public static AssumptionDefinition assumed(String key, BigDecimal defaultValue, Unit unit, Text description) {
        return new AssumptionDefinition(key, defaultValue, unit, description, ASSUMPTION);
    }

    /** A default backed by a named source (a study, a statistic, a standard). */
    public static AssumptionDefinition sourced(String key, BigDecimal defaultValue, Unit unit, Text description,
            String source) {
        return new AssumptionDefinition(key, defaultValue, unit, description, source);
    }

    /** Whether the default is the author's assumption rather than a sourced figure. */
    public boolean isAssumption() {
        return ASSUMPTION.equals(source);
    }
}
