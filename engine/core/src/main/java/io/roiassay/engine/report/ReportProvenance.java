package io.roiassay.engine.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * What produced the report: engine version and build commit, the content hashes of the rules, the input and
 * plugins, a manifest of every rule-pack file used (path, origin, sha256) and, only when asked for
 * ({@code --embed-case}), the case itself as its canonical JSON under {@code case}.
 *
 * @param embeddedCase the case's canonical JSON (the text {@code inputHash} is taken over), or null: then the
 *                     key is left out, so a report made without {@code --embed-case} is unchanged
 */
@JsonPropertyOrder({"engineVersion", "engineCommit", "rulesHash", "inputHash", "plugins", "ruleFiles", "case"})
public record ReportProvenance(String engineVersion, String engineCommit, String rulesHash, String inputHash,
                               @JsonSerialize(using = RepeatedSection.class) List<Plugin> plugins,
                               @JsonSerialize(using = RepeatedSection.class) List<RuleFileEntry> ruleFiles,
                               @JsonProperty("case") @JsonInclude(JsonInclude.Include.NON_NULL) JsonNode embeddedCase) {

    /** Provenance without an embedded case (the default). */
    public ReportProvenance(String engineVersion, String engineCommit, String rulesHash, String inputHash,
                            List<Plugin> plugins, List<RuleFileEntry> ruleFiles) {
        this(engineVersion, engineCommit, rulesHash, inputHash, plugins, ruleFiles, null);
    }

    /** Provenance without build commit and file manifest (reports and fixtures made before they existed). */
    public ReportProvenance(String engineVersion, String rulesHash, String inputHash, List<Plugin> plugins) {
        this(engineVersion, null, rulesHash, inputHash, plugins, List.of());
    }

    /** The same provenance with the case's canonical JSON embedded. */
    public ReportProvenance withCase(JsonNode canonicalCase) {
        return new ReportProvenance(engineVersion, engineCommit, rulesHash, inputHash, plugins, ruleFiles, canonicalCase);
    }

    /**
     * One file of the rule pack: its path in the pack, {@code built-in} or {@code overlay}, and the
     * {@code sha256:} of its bytes. The overlay's folder is left out, so the same files reproduce anywhere.
     */
    @JsonPropertyOrder({"path", "origin", "sha256"})
    public record RuleFileEntry(String path, String origin, String sha256) {

        /** The {@code origin} of a file of the built-in pack. */
        public static final String BUILT_IN = "built-in";
        /** The {@code origin} of a file from an overlay directory. */
        public static final String OVERLAY = "overlay";
    }

    /** One plugin that was loaded: id, version, origin ({@code class-path} or its jar) and jar hash. */
    @JsonPropertyOrder({"id", "version", "origin", "jarHash"})
    public record Plugin(String id, String version, String origin, String jarHash) {
    }
}
