/**
 * The report ({@code roi-assay/report-1}): its model, with a fixed key order so the same case and rule pack
 * give byte-identical JSON, and its renderings (JSON, Markdown, self-contained HTML) in English and Chinese;
 * {@link io.roiassay.engine.report.ReportRenderer} is the extension point for further formats.
 */
package io.roiassay.engine.report;
