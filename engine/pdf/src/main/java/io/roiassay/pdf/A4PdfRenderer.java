package io.roiassay.pdf;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import io.roiassay.engine.report.HtmlReportWriter;
import io.roiassay.engine.report.PdfRenderer;
import io.roiassay.engine.report.PdfUnavailableException;
import io.roiassay.engine.report.Report;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The PDF report: the HTML report laid out on A4 pages by openhtmltopdf, its SVG charts drawn by Batik,
 * every character set in the system's CJK font (which also covers Latin text), so English and Chinese
 * reports look alike. Registered as the engine's {@link PdfRenderer} service.
 */
public final class A4PdfRenderer implements PdfRenderer {

    static {
        // openhtmltopdf logs every CSS property it skips (flex, grid) through java.util.logging to stderr.
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    /** The family name the print style sheet asks for. */
    static final String FAMILY = "AssayCJK";

    @Override
    public byte[] render(Report report) throws PdfUnavailableException {
        String html = PrintHtml.of(HtmlReportWriter.render(report));
        CjkFont.Opened font = CjkFont.open(CjkFont.locate());
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try (java.io.Closeable owner = font.owner(); PDDocument doc = new PDDocument()) {
            PDType0Font cjk = PDType0Font.load(doc, font.face(), true);
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(doc);
            builder.useFastMode();
            builder.useFont(new PDFontSupplier(cjk), FAMILY);
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withHtmlContent(html, null);
            builder.withProducer("ROI Assay");
            try (com.openhtmltopdf.pdfboxout.PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.layout();
                PDDocument laidOut = renderer.createPDFKeepOpen();
                reproducible(laidOut, html);
                laidOut.save(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lay out the PDF report", e);
        }
        return out.toByteArray();
    }

    /**
     * The same report gives the same bytes (the project's determinism rule, and the server's promise that an
     * API answer equals {@code assay assess}): no creation or modification time, and the file identifier PDFBox
     * writes seeded from the page content instead of the clock.
     */
    static void reproducible(PDDocument doc, String html) {
        doc.getDocumentInformation().setCreationDate(null);
        doc.getDocumentInformation().setModificationDate(null);
        doc.setDocumentId(sha256Prefix(html));
    }

    private static long sha256Prefix(String text) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.nio.ByteBuffer.wrap(d).getLong();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is a required JDK algorithm", e);
        }
    }
}
