package io.roiassay.engine.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The verdict: grade, confidence, headline, the rule that decided it and the rule that set the confidence. */
@JsonPropertyOrder({"grade", "confidence", "headline", "rule", "confidenceRule"})
public record ReportVerdict(String grade, String confidence, String headline, ReportRule rule, ReportRule confidenceRule) {
}
