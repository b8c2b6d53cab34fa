package io.roiassay.engine.batch;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a batch did: cases assessed and rejected, grades, time taken, how many of the rejected were refused
 * because the rule pack failed on them ({@code assess} exits 3 for that, and so does the batch), and a warning when
 * inputs repeated a case id (null when none did).
 */
public record BatchSummary(long assessed, long rejected, Map<String, Long> grades, Duration elapsed, long rulePackFailures,
                           String repeatedIds) {

    public BatchSummary {
        grades = Map.copyOf(new TreeMap<>(grades));
    }

    /** A summary with no rule-pack failure. */
    public BatchSummary(long assessed, long rejected, Map<String, Long> grades, Duration elapsed) {
        this(assessed, rejected, grades, elapsed, 0, null);
    }

    /** Cases (assessed or rejected) per second. */
    public long casesPerSecond() {
        long nanos = Math.max(1, elapsed.toNanos());
        return (assessed + rejected) * 1_000_000_000L / nanos;
    }

    /** One line for standard error. */
    public String line() {
        StringBuilder b = new StringBuilder();
        b.append("assessed ").append(assessed).append(", rejected ").append(rejected);
        if (rulePackFailures > 0) {
            b.append(" (").append(rulePackFailures).append(" of them because the rule pack failed)");
        }
        if (!grades.isEmpty()) {
            b.append(", grades:");
            new TreeMap<>(grades).forEach((g, n) -> b.append(' ').append(g).append('=').append(n));
        }
        b.append(", elapsed ").append(String.format(java.util.Locale.ROOT, "%.2f", elapsed.toMillis() / 1000.0)).append(" s, ")
                .append(casesPerSecond()).append(" cases/s");
        return b.toString();
    }
}
