package io.roiassay.engine.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One benefit line with its formula, inputs and source: {@code case:benefits[0]} or
 * {@code plugin:sales@1.0.0}. {@code annual} is the steady-state yearly amount, {@code total} the entered
 * sum over the horizon and {@code adjustedTotal} the sum after corrections.
 * {@code evidence} is the evidence class behind the value ({@code measured}, {@code controlled},
 * {@code target}, {@code vendor-benchmark}), {@code measuredAt} when it was measured (null if not given).
 */
@JsonPropertyOrder({"id", "source", "evidence", "measuredAt", "basis", "formula", "inputs", "annual", "total",
        "adjustedTotal"})
public record ReportBenefitLine(String id, String source, String evidence, String measuredAt, String basis,
                                String formula, Map<String, Object> inputs,
                                BigDecimal annual, BigDecimal total, BigDecimal adjustedTotal) {
}
