package io.roiassay.engine.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/** One rule firing in order: rule, file and the facts it matched. */
@JsonPropertyOrder({"rule", "file", "facts"})
public record ReportTrace(String rule, String file, List<String> facts) {
}
