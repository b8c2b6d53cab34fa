package io.roiassay.plugin.support;

import io.roiassay.plugin.MetricContext;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * Reads a plugin's KPI values from a case: before/after pairs, single values and assumptions, with the
 * names they are recorded under in a line's inputs. Optional help for plugin authors; the built-in
 * plugins use it.
 */
public final class Kpis {

    /** Every formula computes at this precision and never rounds: the engine rounds once, at the end. */
    public static final MathContext MC = MathContext.DECIMAL128;

    /** Percent KPIs are written 0..100, so a change in points is divided by this to become a share. */
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final MetricContext context;

    /** Reads from {@code context}. */
    public Kpis(MetricContext context) {
        this.context = context;
    }

    /** The context read from. */
    public MetricContext context() {
        return context;
    }

    /** The KPI's before and after values, or empty unless both are present. */
    public Optional<Change> change(String kpi) {
        Optional<BigDecimal> before = context.before(kpi);
        Optional<BigDecimal> after = context.after(kpi);
        if (before.isEmpty() || after.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Change(kpi, before.get(), after.get()));
    }

    /**
     * The KPI's after value, else its before value. Used for multipliers (head counts, prices) that a
     * formula needs once: a case that gives only one of them still says how large the base is.
     */
    public Optional<Value> latest(String kpi) {
        Optional<BigDecimal> after = context.after(kpi);
        if (after.isPresent()) {
            return Optional.of(new Value(kpi + ".after", after.get()));
        }
        return context.before(kpi).map(v -> new Value(kpi + ".before", v));
    }

    /** A named assumption, or the given default when neither the case nor the profile sets it. */
    public Value assumptionOr(String name, BigDecimal fallback) {
        return new Value(name, context.assumption(name).orElse(fallback));
    }

    /**
     * numerator / denominator, or empty when the denominator is zero: a line that would divide by zero
     * cannot be computed and is skipped, never thrown.
     */
    public static Optional<BigDecimal> divide(BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(numerator.divide(denominator, MC));
    }

    /** A KPI's before and after values. */
    public record Change(String kpi, BigDecimal before, BigDecimal after) {

        /** after − before: positive when the KPI went up. */
        public BigDecimal increase() {
            return after.subtract(before, MC);
        }

        /** before − after: positive when the KPI went down (hours, costs). */
        public BigDecimal decrease() {
            return before.subtract(after, MC);
        }
    }

    /**
     * One value a formula used, with the name it is recorded under in the line's inputs.
     *
     * @param key   e.g. {@code reps.after} or {@code workWeeksPerYear}
     * @param value the number
     */
    public record Value(String key, BigDecimal value) {
    }
}
