package io.roiassay.engine.workflow;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The differences between two report trees, grouped for a reader: provenance first, then figures,
 * findings, verdict, recommendations, and everything else (profile, benefit lines, messages, trace).
 */
public final class ReportChanges {

    /** The groups, in the order they are shown. */
    public enum Group {
        PROVENANCE("Provenance"), FIGURES("Figures"), FINDINGS("Findings"), VERDICT("Verdict"),
        RECOMMENDATIONS("Recommendations"), OTHER("Other");

        final String title;

        Group(String title) {
            this.title = title;
        }

        /** The heading shown above the group. */
        public String title() {
            return title;
        }
    }

    private final Map<Group, List<JsonTreeDiff.Change>> groups = new EnumMap<>(Group.class);

    private ReportChanges(List<JsonTreeDiff.Change> changes) {
        for (Group g : Group.values()) {
            groups.put(g, new ArrayList<>());
        }
        changes.forEach(c -> groups.get(groupOf(c.path())).add(c));
    }

    /** Compares two report trees. */
    public static ReportChanges between(JsonNode a, JsonNode b) {
        return new ReportChanges(JsonTreeDiff.diff(a, b));
    }

    static Group groupOf(String path) {
        if (path.startsWith("provenance") || path.equals("caseId") || path.equals("currency") || path.equals("language")) {
            return Group.PROVENANCE;
        }
        if (path.startsWith("financials.entered") || path.startsWith("financials.adjusted")
                || path.startsWith("financials.horizonYears") || path.startsWith("financials.discountRate")
                || path.startsWith("claimCheck")) {
            return Group.FIGURES;
        }
        if (path.startsWith("findings")) {
            return Group.FINDINGS;
        }
        if (path.startsWith("verdict")) {
            return Group.VERDICT;
        }
        if (path.startsWith("recommendations")) {
            return Group.RECOMMENDATIONS;
        }
        return Group.OTHER;
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
    List<JsonTreeDiff.Change> of(Group g) {
        return groups.get(g);
    }

    /**
     * The changes as indented lines under group headings: {@code path: <left> vs <right>}, where
     * {@code left} and {@code right} name the two sides (e.g. "report" and "now").
     */
    public String render(String left, String right) {
        StringBuilder b = new StringBuilder();
        for (Group g : Group.values()) {
            List<JsonTreeDiff.Change> list = groups.get(g);
            if (list.isEmpty()) {
                continue;
            }
            b.append(g.title).append(" (").append(list.size()).append("):\n");
            for (JsonTreeDiff.Change c : list) {
                b.append("  ").append(c.path()).append(": ").append(left).append(' ').append(JsonTreeDiff.show(c.before(), c.after()))
                        .append(" vs ").append(right).append(' ').append(JsonTreeDiff.show(c.after(), c.before())).append('\n');
            }
        }
        return b.toString();
    }
}
