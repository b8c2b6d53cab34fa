package io.roiassay.engine.report;

import java.util.Iterator;
import java.util.ServiceLoader;

/**
 * Renders a report as a PDF. The engine ships no implementation (a PDF library is heavy); the
 * {@code roi-assay-pdf} module provides one through {@link ServiceLoader}, and the runnable jar includes it.
 */
public interface PdfRenderer {

    /** The report as a print-ready PDF document. */
    byte[] render(Report report) throws PdfUnavailableException;

    /** The installed renderer. */
    static PdfRenderer installed() throws PdfUnavailableException {
        Iterator<PdfRenderer> found = ServiceLoader.load(PdfRenderer.class, PdfRenderer.class.getClassLoader()).iterator();
        if (!found.hasNext()) {
            throw new PdfUnavailableException("PDF output is not available: the roi-assay-pdf module is not on the class path");
        }
        return found.next();
    }
}
