package io.roiassay.engine.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The verdict: grade, confidence, headline, the rule that decided it, the rule that set the confidence, and why the
 * confidence is what it is ({@code confidenceReason}, in the report's language; null when the catalogue gives none).
 */
@JsonPropertyOrder({"grade", "confidence", "headline", "rule", "confidenceRule", "confidenceReason"})
public record ReportVerdict(String grade, String confidence, String headline, ReportRule rule, ReportRule confidenceRule,
                            String confidenceReason) {

    /** A verdict with no confidence reason. */
    public ReportVerdict(String grade, String confidence, String headline, ReportRule rule, ReportRule confidenceRule) {
        this(grade, confidence, headline, rule, confidenceRule, null);
    }
}
