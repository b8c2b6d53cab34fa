package io.roiassay.engine.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;

/** A non-financial indicator a plugin reported: shown, never added to the money figures. */
@JsonPropertyOrder({"id", "source", "title", "before", "after"})
public record ReportIndicator(String id, String source, String title, BigDecimal before, BigDecimal after) {
}
