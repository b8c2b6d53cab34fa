/**
 * The report ({@code roi-assay/report-1}): its model, with a fixed key order so the same case and rule pack
 * give byte-identical JSON, and its renderings (JSON, Markdown, self-contained HTML) in English and Chinese.
 */
package io.roiassay.engine.report;
