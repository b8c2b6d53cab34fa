package io.roiassay.engine.report;

import java.nio.charset.StandardCharsets;

/** The report formats every engine has: JSON, Markdown, HTML and (with the roi-assay-pdf module) PDF. */
public enum BuiltInFormat implements ReportRenderer {
    /** The canonical JSON report. */
    json("application/json"),
    /** Markdown. */
    md("text/markdown"),
    /** A self-contained HTML page. */
    html("text/html"),
    /** A print-ready A4 PDF (needs the roi-assay-pdf module, found by {@link PdfRenderer#installed()}, and a CJK font for Chinese). */
    pdf("application/pdf");

    private final String mediaType;

    BuiltInFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    @Override
    public String mediaType() {
        return mediaType;
    }

    @Override
    public byte[] render(Report report) throws PdfUnavailableException {
        return switch (this) {
            case json -> JsonReportWriter.prettyBytes(report, false);
            case md -> utf8(MarkdownReportWriter.render(report));
            case html -> utf8(HtmlReportWriter.render(report));
            case pdf -> PdfRenderer.installed().render(report);
        };
    }

    /** For JSON, builds the report's serializers (bean introspection, about a twentieth of a cold {@code assess}). */
    @Override
    public void prepare() {
        if (this == json) {
            JsonReportWriter.prepare();
        }
    }

    /** The built-in format of that name, or null. */
    public static BuiltInFormat of(String name) {
        for (BuiltInFormat f : values()) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        return null;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
