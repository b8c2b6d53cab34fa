package io.roiassay.engine.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.roiassay.engine.caseio.CaseError;

import java.util.List;

/**
 * A rejected batch input ({@code format: roi-assay/error-1}): where it was (line number or file name), its
 * {@code caseId} when the input names a valid one (analysts join the rows of a batch on it), and every error with
 * its field path, line, column and message.
 */
@JsonPropertyOrder({"format", "line", "file", "caseId", "errors"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorRecord(String format, Long line, String file, String caseId, List<Entry> errors) {

    /** The error record format. */
    public static final String FORMAT = "roi-assay/error-1";

    /** One error. */
    @JsonPropertyOrder({"path", "line", "column", "message"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(String path, Integer line, Integer column, String message) {
    }

    /**
     * The record for an input and its errors. For a JSONL line the record's {@code line} is the line in the
     * input, so the errors keep only their column; for a file they keep line and column in that file.
     */
    public static ErrorRecord of(BatchItem item, List<CaseError> errors) {
        boolean jsonl = item.file() == null;
        String caseId = errors.stream().anyMatch(e -> "id".equals(e.path())) ? null : CaseIds.peek(item);
        return new ErrorRecord(FORMAT, jsonl ? item.line() : null, item.file(), caseId, errors.stream()
                .map(e -> new Entry(e.path(), jsonl ? null : e.line(), e.column(), e.message())).toList());
    }
}
