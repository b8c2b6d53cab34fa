package io.roiassay.engine.workflow;

/** A report file cannot be used: unreadable, not JSON, or not a {@code roi-assay/report-1}. Exit code 2. */
public final class ReportFileException extends Exception {

    public ReportFileException(String message) {
        super(message);
    }
}
