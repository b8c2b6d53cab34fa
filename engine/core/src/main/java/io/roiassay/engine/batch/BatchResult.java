package io.roiassay.engine.batch;

/**
 * The outcome of one batch input: a report line, or an error record, plus the grade for the summary.
 *
 * @param json  one line of JSON (a report or a {@code roi-assay/error-1} record), no newline
 * @param grade the verdict's grade, or null for an error record
 */
public record BatchResult(String json, String grade) {

    /** Whether the input was rejected. */
    public boolean rejected() {
        return grade == null;
    }
}
