package io.roiassay.engine.facts;

import java.util.List;

/**
 * A metric plugin that could not contribute to a case: it threw, ran past its time limit, returned an
 * invalid value, or the case lacks inputs it requires. Inserted by the engine; rules turn it into a
 * finding ({@code plugin/failed}, or a data finding for missing inputs).
 */
public final class PluginIssue {
    private final String pluginId;
    private final String version;
    private final String kind;
    private final String detail;
    private final List<String> missingInputs;

    public PluginIssue(String pluginId, String version, String kind, String detail, List<String> missingInputs) {
        if (!kind.matches("threw|timeout|invalid|missing-input")) {
            throw new IllegalArgumentException("unknown plugin issue kind: " + kind);
        }
        this.pluginId = pluginId;
        this.version = version;
        this.kind = kind;
        this.detail = detail;
        this.missingInputs = List.copyOf(missingInputs);
    }

    public String getPluginId() { return pluginId; }
    public String getVersion() { return version; }
    /** {@code threw}, {@code timeout}, {@code invalid} or {@code missing-input}. */
    public String getKind() { return kind; }
    /** Whether the plugin itself failed (threw, timed out or returned an invalid value). */
    public boolean isFailure() { return !"missing-input".equals(kind); }
    /** What went wrong, for a person. */
    public String getDetail() { return detail; }
    /** For {@code missing-input}: the required inputs the case lacks (as {@code kpis.<id>.before.<name>}). */
    public List<String> getMissingInputs() { return missingInputs; }

    @Override
    public String toString() {
        return "PluginIssue(" + pluginId + "@" + version + ", " + kind + ")";
    }
}
