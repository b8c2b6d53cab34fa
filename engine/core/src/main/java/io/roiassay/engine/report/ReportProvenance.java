package io.roiassay.engine.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * What produced the report: engine version and build commit, the content hashes of the rules, the input and
 * plugins, and a manifest of every rule-pack file used (path, origin, sha256).
 */
@JsonPropertyOrder({"engineVersion", "engineCommit", "rulesHash", "inputHash", "plugins", "ruleFiles"})
public record ReportProvenance(String engineVersion, String engineCommit, String rulesHash, String inputHash,
                               List<Plugin> plugins, List<RuleFileEntry> ruleFiles) {

    /** Provenance without build commit and file manifest (reports and fixtures made before they existed). */
    public ReportProvenance(String engineVersion, String rulesHash, String inputHash, List<Plugin> plugins) {
        this(engineVersion, null, rulesHash, inputHash, plugins, List.of());
    }

    /**
     * One file of the rule pack: its path in the pack, {@code built-in} or {@code overlay}, and the
     * {@code sha256:} of its bytes. The overlay's folder is left out, so the same files reproduce anywhere.
     */
    @JsonPropertyOrder({"path", "origin", "sha256"})
    public record RuleFileEntry(String path, String origin, String sha256) {
    }

    /** One plugin that was loaded: id, version, origin ({@code class-path} or its jar) and jar hash. */
    @JsonPropertyOrder({"id", "version", "origin", "jarHash"})
    public record Plugin(String id, String version, String origin, String jarHash) {
    }
}
