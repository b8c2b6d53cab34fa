package io.roiassay.engine.workflow;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The differences between two report trees, grouped for a reader by {@link ReportSection}: provenance first, then
 * figures, findings, verdict, recommendations, ranges, and everything else.
 */
public final class ReportChanges {

    private final Map<ReportSection, List<JsonTreeDiff.Change>> groups = new EnumMap<>(ReportSection.class);

    private ReportChanges(List<JsonTreeDiff.Change> changes) {
        for (ReportSection g : ReportSection.values()) {
            groups.put(g, new ArrayList<>());
        }
        changes.forEach(c -> groups.get(ReportSection.of(c.path())).add(c));
    }

    /** Compares two report trees. */
    public static ReportChanges between(JsonNode a, JsonNode b) {
        return new ReportChanges(JsonTreeDiff.diff(a, b));
    }

    /** The JSON paths that differ, every group in order (e.g. {@code findings[mistake/x].severity}). */
    public List<String> paths() {
        List<String> paths = new ArrayList<>();
        groups.values().forEach(list -> list.forEach(c -> paths.add(c.path())));
        return paths;
    }

    /** Whether nothing differs. */
    public boolean none() {
        return groups.values().stream().allMatch(List::isEmpty);
    }

    /** The changes of one group, in document order. */
    List<JsonTreeDiff.Change> of(ReportSection g) {
        return groups.get(g);
    }

    /**
     * The changes as indented lines under group headings: {@code path: <left> vs <right>}, where
     * {@code left} and {@code right} name the two sides (e.g. "report" and "now").
     */
    public String render(String left, String right) {
        StringBuilder b = new StringBuilder();
        for (ReportSection g : ReportSection.values()) {
            List<JsonTreeDiff.Change> list = groups.get(g);
            if (list.isEmpty()) {
                continue;
            }
            b.append(g.title()).append(" (").append(list.size()).append("):\n");
            for (JsonTreeDiff.Change c : list) {
                b.append("  ").append(c.path()).append(": ").append(left).append(' ').append(JsonTreeDiff.show(c.before(), c.after()))
                        .append(" vs ").append(right).append(' ').append(JsonTreeDiff.show(c.after(), c.before())).append('\n');
            }
        }
        return b.toString();
    }
}
