package io.roiassay.engine.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The industry profile used: classification and every assumption with its source note, sorted by name, and
 * the assumptions plugins declared and read for this case ({@code pluginAssumptions}, by plugin then key).
 */
@JsonPropertyOrder({"industry", "industryInput", "segment", "deployment", "assumptions", "pluginAssumptions"})
public record ReportProfile(String industry, String industryInput, String segment, String deployment,
                            Map<String, Assumption> assumptions, List<PluginAssumption> pluginAssumptions) {

    public ReportProfile {
        pluginAssumptions = pluginAssumptions == null ? List.of() : List.copyOf(pluginAssumptions);
    }

    /** A profile without plugin assumptions. */
    public ReportProfile(String industry, String industryInput, String segment, String deployment,
                         Map<String, Assumption> assumptions) {
        this(industry, industryInput, segment, deployment, assumptions, List.of());
    }

    /**
     * One assumption a plugin declared and read: the plugin's id, the key, the value it used, its unit, the
     * declared default's source ({@code assumption} when it is the plugin author's own) and description (in the
     * report's language), the declared default, and whether the case or the profile set the value instead
     * ({@code overridden}, {@code overriddenBy}: {@code case} or {@code profile}, null when the default was used).
     */
    @JsonPropertyOrder({"plugin", "key", "value", "unit", "source", "description", "default", "overridden", "overriddenBy"})
    public record PluginAssumption(String plugin, String key, BigDecimal value, String unit, String source,
                                   String description, @JsonProperty("default") BigDecimal defaultValue,
                                   boolean overridden, String overriddenBy) {
    }

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
