package io.roiassay.engine.batch;

import java.util.Locale;

/** What a batch writes for each input: the full report line, the summary row, or both. */
public enum BatchOutput {
    /** One full report per line, byte-identical to {@code assay assess} (the default). */
    REPORTS(true, false),
    /** One CSV row per input ({@link SummaryCsv}); the report JSON is not written at all. */
    SUMMARY(false, true),
    /** Both: reports to the main output, the summary table to its own file. */
    BOTH(true, true);

    private final boolean reports;
    private final boolean summary;

    BatchOutput(boolean reports, boolean summary) {
        this.reports = reports;
        this.summary = summary;
    }

    /** Whether report lines are written. */
    public boolean reports() {
        return reports;
    }

    /** Whether summary rows are written. */
    public boolean summary() {
        return summary;
    }

    /** The option value ({@code reports}, {@code summary}, {@code both}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The mode for an option value, or null. */
    public static BatchOutput of(String id) {
        for (BatchOutput o : values()) {
            if (o.id().equals(id)) {
                return o;
            }
        }
        return null;
    }
}
