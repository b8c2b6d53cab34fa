package io.roiassay.engine.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.roiassay.engine.report.JsonReportWriter;
import io.roiassay.engine.report.Report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether a saved report reproduces: the re-run report rendered as canonical JSON is compared byte for byte
 * with the saved file; when the bytes differ the two trees are compared, and every difference is named by path.
 * A plugin is matched by its id, version and jar hash, not by the folder it was loaded from: the same jar in another
 * folder reproduces (its origin is listed in {@code relocatedPlugins}).
 *
 * @param byteIdentical    the saved file equals the canonical rendering of the re-run, byte for byte
 * @param changes          what differs between the saved report and the re-run (none when it reproduces)
 * @param relocatedPlugins plugins whose jar hash matches but which were loaded from another place:
 *                         "id: saved origin -> current origin"
 */
public record ReportVerification(boolean byteIdentical, ReportChanges changes, List<String> relocatedPlugins) {

    public ReportVerification {
        relocatedPlugins = List.copyOf(relocatedPlugins);
    }

    /** Compares a saved report with a fresh assessment of the same case. */
    public static ReportVerification of(ReportFiles.Saved saved, Report now) {
        String canonical = JsonReportWriter.pretty(now);
        if (canonical.equals(saved.text())) {
            return new ReportVerification(true, ReportChanges.between(saved.tree(), saved.tree()), List.of());
        }
        JsonNode fresh;
        try {
            // Read back from the text, so both trees hold numbers exactly as a file would.
            fresh = ReportFiles.readTree(canonical);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot read back the report just written", e);
        }
        JsonNode before = saved.tree().deepCopy();
        JsonNode after = fresh.deepCopy();
        List<String> relocated = matchPluginsByHash(before, after);
        return new ReportVerification(false, ReportChanges.between(before, after), relocated);
    }

    /**
     * For each plugin whose id, version and {@code jarHash} are the same on both sides but whose {@code origin} differs,
     * sets the saved origin on the fresh side, so only a different jar counts as a change; returns those plugins.
     */
    static List<String> matchPluginsByHash(JsonNode saved, JsonNode fresh) {
        Map<String, JsonNode> savedById = new HashMap<>();
        saved.path("provenance").path("plugins").forEach(p -> savedById.put(p.path("id").asText(), p));
        List<String> out = new ArrayList<>();
        for (JsonNode p : fresh.path("provenance").path("plugins")) {
            JsonNode old = savedById.get(p.path("id").asText());
            String hash = p.path("jarHash").asText(null);
            if (old == null || hash == null || !hash.equals(old.path("jarHash").asText(null))
                    || !p.path("version").equals(old.path("version"))
                    || p.path("origin").equals(old.path("origin")) || !(p instanceof ObjectNode o)) {
                continue;
            }
            out.add(p.path("id").asText() + ": " + old.path("origin").asText() + " -> " + p.path("origin").asText());
            o.set("origin", old.path("origin"));
        }
        return out;
    }

    /** Whether the report reproduces (byte for byte, or with the same content in another JSON layout). */
    public boolean reproduces() {
        return byteIdentical || changes.none();
    }
}
