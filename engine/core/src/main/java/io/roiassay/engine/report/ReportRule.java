package io.roiassay.engine.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The rule behind a judgment: its name and its file in the rule pack. */
@JsonPropertyOrder({"name", "file"})
public record ReportRule(String name, String file) {
}
