package io.roiassay.plugin;

/**
 * Which way a KPI improves, declared on a {@link KpiInput} with {@link KpiInput#higherIsBetter()} or
 * {@link KpiInput#lowerIsBetter()}. The engine then checks the sign of every line that uses only such inputs: a
 * line whose inputs all improved (at least one strictly) must not be negative, and one whose inputs all got worse
 * must not be positive — a plugin's wrong sign would otherwise pass as a real gain or loss.
 */
public enum Better {
    /** A higher value is better (win rate, first-time fix rate, closed deals). */
    HIGHER,
    /** A lower value is better (handling time, churn rate, cost per lead). */
    LOWER
}
