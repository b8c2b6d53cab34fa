package io.roiassay.plugin;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * One KPI a plugin reads from {@code kpis.<pluginId>.before} and {@code .after} in a case, with the range
 * of values that make sense for it. The engine refuses a case whose value lies outside the range (exit 2,
 * with the field path) before it calls the plugin.
 *
 * @param name        the field name in the case, e.g. {@code closedDeals}
 * @param unit        what the number means
 * @param required    whether the plugin cannot compute anything without it; the engine reports a
 *                    missing required input instead of calling the plugin
 * @param description what the KPI is, in both languages
 * @param minimum     the smallest valid value, inclusive; null for no lower bound
 * @param maximum     the largest valid value, inclusive; null for no upper bound
 * @param better      which way the KPI improves, or null when it has no better direction (a spend, a count of
 *                    staff); see {@link Better}
 */
public record KpiInput(String name, Unit unit, boolean required, Text description, BigDecimal minimum,
                       BigDecimal maximum, Better better) {

    public KpiInput {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(description, "description");
        if (!name.matches("[a-z][A-Za-z0-9]*")) {
            throw new IllegalArgumentException("KPI input name must be lowerCamelCase: " + name);
        }
        minimum = plain(name, "minimum", minimum);
        maximum = plain(name, "maximum", maximum);
        if (minimum != null && maximum != null && minimum.compareTo(maximum) > 0) {
            throw new IllegalArgumentException("KPI input " + name + ": minimum " + minimum.toPlainString()
                    + " is above maximum " + maximum.toPlainString());
        }
    }

    /** An input with a range and no better direction (the constructor before directions were declared). */
    public KpiInput(String name, Unit unit, boolean required, Text description, BigDecimal minimum, BigDecimal maximum) {
        this(name, unit, required, description, minimum, maximum, null);
    }

    /**
     * An input with the unit's default range ({@link Unit#defaultMinimum()}, {@link Unit#defaultMaximum()}),
     * as every input had before ranges were declared.
     */
    public KpiInput(String name, Unit unit, boolean required, Text description) {
        this(name, unit, required, description, unit.defaultMinimum(), unit.defaultMaximum());
    }

    /** An optional input with the unit's default range. */
    public static KpiInput optional(String name, Unit unit, Text description) {
        return new KpiInput(name, unit, false, description);
    }

    /** A required input with the unit's default range. */
    public static KpiInput required(String name, Unit unit, Text description) {
        return new KpiInput(name, unit, true, description);
    }

    /**
     * This input with another valid range, both ends inclusive; null leaves that end open. E.g.
     * {@code KpiInput.optional("nps", Unit.PERCENT, …).withRange(new BigDecimal("-100"), new BigDecimal("100"))}.
     */
    public KpiInput withRange(BigDecimal minimum, BigDecimal maximum) {
        return new KpiInput(name, unit, required, description, minimum, maximum, better);
    }

    /** This input, declared to improve when it rises (the engine then checks the sign of the lines using it). */
    public KpiInput higherIsBetter() {
        return new KpiInput(name, unit, required, description, minimum, maximum, Better.HIGHER);
    }

    /** This input, declared to improve when it falls (the engine then checks the sign of the lines using it). */
    public KpiInput lowerIsBetter() {
        return new KpiInput(name, unit, required, description, minimum, maximum, Better.LOWER);
    }

    /** Whether {@code value} lies within the declared range. */
    public boolean allows(BigDecimal value) {
        return (minimum == null || value.compareTo(minimum) >= 0) && (maximum == null || value.compareTo(maximum) <= 0);
    }

    /** The range as text: {@code 0..100}, {@code >= 0}, {@code <= 5} or {@code any}. */
    public String rangeText() {
        if (minimum != null && maximum != null) {
            return minimum.toPlainString() + ".." + maximum.toPlainString();
        }
        if (minimum != null) {
            return ">= " + minimum.toPlainString();
        }
        return maximum != null ? "<= " + maximum.toPlainString() : "any";
    }

    /** A bound as a plain BigDecimal of sane size (a subclass could answer comparisons as it likes). */
    private static BigDecimal plain(String name, String which, BigDecimal v) {
        if (v == null) {
            return null;
        }
        if (v.getClass() != BigDecimal.class || v.unscaledValue().getClass() != BigInteger.class) {
            throw new IllegalArgumentException("KPI input " + name + ": the " + which + " must be a plain java.math.BigDecimal");
        }
        if (v.precision() > 40 || Math.abs(v.scale()) > 40) {
            throw new IllegalArgumentException("KPI input " + name + ": the " + which + " has more than 40 digits or places");
        }
        return v;
    }
}
