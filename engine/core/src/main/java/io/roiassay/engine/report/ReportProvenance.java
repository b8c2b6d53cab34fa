package io.roiassay.engine.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/** What produced the report: engine version and the content hashes of the rules, the input and plugins. */
@JsonPropertyOrder({"engineVersion", "rulesHash", "inputHash", "plugins"})
public record ReportProvenance(String engineVersion, String rulesHash, String inputHash, List<Plugin> plugins) {

    /** One plugin that was loaded: id, version, origin ({@code class-path} or its jar) and jar hash. */
    @JsonPropertyOrder({"id", "version", "origin", "jarHash"})
    public record Plugin(String id, String version, String origin, String jarHash) {
    }
}
