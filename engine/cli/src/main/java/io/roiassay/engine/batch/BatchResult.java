package io.roiassay.engine.batch;

/**
 * The outcome of one batch input, encoded on the worker thread so the single writing thread only copies
 * bytes.
 *
 * @param line  one line of JSON (a report or a {@code roi-assay/error-1} record) in UTF-8 with its newline,
 *              or null when the batch writes no report lines
 * @param row   the summary CSV row with its line end, or null when the batch writes no summary
 * @param grade the verdict's grade, or null for a rejected input
 * @param rulePackFailed the input was refused because the rule pack failed on it (a pack defect, not the case's)
 * @param caseId the report's case id, or for a rejected input the valid id it names, else null
 * @param inputLine the input's line in a JSONL input (0 for a file)
 * @param inputFile the input's file name in a directory input, or null
 */
public record BatchResult(byte[] line, byte[] row, String grade, boolean rulePackFailed, String caseId, long inputLine,
                          String inputFile) {

    /** Whether the input was rejected. */
    public boolean rejected() {
        return grade == null;
    }
}
