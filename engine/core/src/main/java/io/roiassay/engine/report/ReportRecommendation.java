package io.roiassay.engine.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/** A recommendation with the findings that triggered it and the rule that made it. */
@JsonPropertyOrder({"code", "priority", "text", "because", "rule"})
public record ReportRecommendation(String code, int priority, String text, List<String> because, ReportRule rule) {
}
