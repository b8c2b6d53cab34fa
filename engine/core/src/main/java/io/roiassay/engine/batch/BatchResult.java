package io.roiassay.engine.batch;

/**
 * The outcome of one batch input: a report line, or an error record, plus the grade for the summary.
 *
 * @param line  one line of JSON (a report or a {@code roi-assay/error-1} record) in UTF-8, with its newline;
 *              encoded on the worker thread so the single writing thread only copies bytes
 * @param grade the verdict's grade, or null for an error record
 */
public record BatchResult(byte[] line, String grade) {

    /** A result from one line of JSON text (without newline). */
    static BatchResult of(String json, String grade) {
        return new BatchResult((json + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8), grade);
    }

    /** Whether the input was rejected. */
    public boolean rejected() {
        return grade == null;
    }
}
