package io.roiassay.engine.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Map;

/** The industry profile used: classification and every assumption with its source note, sorted by name. */
@JsonPropertyOrder({"industry", "industryInput", "segment", "deployment", "assumptions"})
public record ReportProfile(String industry, String industryInput, String segment, String deployment,
                            Map<String, Assumption> assumptions) {

    /**
     * One assumption's value (a number or a word), where it comes from ({@code note}), and the rule that
     * set it ({@code rule}: name and pack file; absent when the case set it) with, for a decision-table
     * row, the row number in that table ({@code row}, 1-based as a spreadsheet shows it).
     */
    @JsonPropertyOrder({"value", "note", "rule", "row"})
    public record Assumption(Object value, String note,
                             @JsonInclude(JsonInclude.Include.NON_NULL) ReportRule rule,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Integer row) {

        /** An assumption with no rule behind it. */
        public Assumption(Object value, String note) {
            this(value, note, null, null);
        }
    }
}
