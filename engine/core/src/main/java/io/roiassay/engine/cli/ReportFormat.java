package io.roiassay.engine.cli;

import io.roiassay.engine.report.HtmlReportWriter;
import io.roiassay.engine.report.JsonReportWriter;
import io.roiassay.engine.report.MarkdownReportWriter;
import io.roiassay.engine.report.Report;

import java.util.function.Function;

/** The renderings {@code --format} offers. */
enum ReportFormat {
    json(JsonReportWriter::pretty),
    md(MarkdownReportWriter::render),
    html(HtmlReportWriter::render)
    ;

    private final Function<Report, String> renderer;

    ReportFormat(Function<Report, String> renderer) {
        this.renderer = renderer;
    }

    String render(Report report) {
        return renderer.apply(report);
    }
}
