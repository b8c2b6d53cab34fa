package io.roiassay.engine.cli;

import io.roiassay.engine.report.HtmlReportWriter;
import io.roiassay.engine.report.JsonReportWriter;
import io.roiassay.engine.report.MarkdownReportWriter;
import io.roiassay.engine.report.PdfRenderer;
import io.roiassay.engine.report.PdfUnavailableException;
import io.roiassay.engine.report.Report;

import java.nio.charset.StandardCharsets;

/** The renderings {@code --format} offers. */
public enum ReportFormat {
    /** The canonical JSON report. */
    json("application/json"),
    /** Markdown. */
    md("text/markdown"),
    /** A self-contained HTML page. */
    html("text/html"),
    /** A print-ready A4 PDF (needs the roi-assay-pdf module and a CJK font for Chinese). */
    pdf("application/pdf");

    private final String mediaType;

    ReportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The media type of the rendering (text types are UTF-8). */
    public String mediaType() {
        return mediaType;
    }

    /** The report in this format, as the bytes {@code assay assess} writes. */
    public byte[] render(Report report) throws PdfUnavailableException {
        return switch (this) {
            case json -> JsonReportWriter.prettyBytes(report, false);
            case md -> utf8(MarkdownReportWriter.render(report));
            case html -> utf8(HtmlReportWriter.render(report));
            case pdf -> PdfRenderer.installed().render(report);
        };
    }

    /**
     * Gets ready to render: for JSON, builds the report's serializers (bean introspection, about a twentieth of a
     * cold {@code assess}). A cold {@code assess} calls this while the engine is still loading on the other core.
     */
    public void prepare() {
        if (this == json) {
            JsonReportWriter.prepare();
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
