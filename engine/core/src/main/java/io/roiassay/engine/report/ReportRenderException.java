package io.roiassay.engine.report;

/**
 * A report cannot be rendered in the asked format on this installation; the message says what is missing.
 * {@code assay assess} exits 3 with the message, the server answers a problem (501 for a missing PDF module).
 */
public class ReportRenderException extends Exception {

    private static final long serialVersionUID = 1L;

    /** With a message that says what is missing and how to fix it. */
    public ReportRenderException(String message) {
        super(message);
    }

    /** With a message and its cause. */
    public ReportRenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
