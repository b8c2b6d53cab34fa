package io.roiassay.engine.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;
import java.util.Map;

/** A finding in the report's language, with its evidence, estimate (hidden costs) and rule. */
@JsonPropertyOrder({"code", "severity", "message", "evidence", "estimate", "rule"})
public record ReportFinding(String code, String severity, String message, Map<String, Object> evidence,
                            BigDecimal estimate, ReportRule rule) {
}
