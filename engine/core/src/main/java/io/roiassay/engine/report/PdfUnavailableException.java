package io.roiassay.engine.report;

/** A PDF cannot be made on this installation (no PDF module, or no font for the report's language). */
public final class PdfUnavailableException extends ReportRenderException {

    private static final long serialVersionUID = 1L;

    /** With a message that says what is missing and how to install it. */
    public PdfUnavailableException(String message) {
        super(message);
    }
}
