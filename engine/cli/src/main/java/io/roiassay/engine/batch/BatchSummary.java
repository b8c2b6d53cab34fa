package io.roiassay.engine.batch;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/** What a batch did: cases assessed and rejected, grades, time taken. */
public record BatchSummary(long assessed, long rejected, Map<String, Long> grades, Duration elapsed) {

    public BatchSummary {
        grades = Map.copyOf(new TreeMap<>(grades));
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
        if (!grades.isEmpty()) {
            b.append(", grades:");
            new TreeMap<>(grades).forEach((g, n) -> b.append(' ').append(g).append('=').append(n));
        }
        b.append(", elapsed ").append(String.format(java.util.Locale.ROOT, "%.2f", elapsed.toMillis() / 1000.0)).append(" s, ")
                .append(casesPerSecond()).append(" cases/s");
        return b.toString();
    }
}
