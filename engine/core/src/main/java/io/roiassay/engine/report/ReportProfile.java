package io.roiassay.engine.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Map;

/** The industry profile used: classification and every assumption with its source note, sorted by name. */
@JsonPropertyOrder({"industry", "industryInput", "segment", "deployment", "assumptions"})
public record ReportProfile(String industry, String industryInput, String segment, String deployment,
                            Map<String, Assumption> assumptions) {

    /** One assumption's value (a number or a word) and where it comes from. */
    @JsonPropertyOrder({"value", "note"})
    public record Assumption(Object value, String note) {
    }
}
