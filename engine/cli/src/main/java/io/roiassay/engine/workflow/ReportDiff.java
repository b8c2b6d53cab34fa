package io.roiassay.engine.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed from report A to report B, in the terms an auditor compares assessments by, in the sections of
 * {@link ReportSection} ({@code verify} groups by the same): figures that moved, findings added or removed (and
 * changed estimates, severities and rules), grade, confidence and the verdict's rules, recommendations, the ranges
 * (sensitivity and Monte Carlo), and provenance (with the case id, currency and language). Anything else that
 * differs (messages, the headline, profile, benefit lines, adjustments, trace) is counted under "other". Reports in different currencies get no figure deltas: 180000 USD − 540000 CNY is no
 * number.
 */
public final class ReportDiff {

    /**
     * One value that moved: its path, its value in A and in B (null when the report lacks it), and {@code delta},
     * B − A for two numbers, else null.
     */
    public record Moved(String what, JsonNode before, JsonNode after, BigDecimal delta) {

        /** A's value as the text output shows it. */
        public String a() {
            return JsonTreeDiff.show(before, after);
        }

        /** B's value as the text output shows it. */
        public String b() {
            return JsonTreeDiff.show(after, before);
        }
    }

    private final boolean identical;
    private final List<Moved> figures = new ArrayList<>();
    private final List<String> findingsAdded = new ArrayList<>();
    private final List<String> findingsRemoved = new ArrayList<>();
    private final List<Moved> findingsChanged = new ArrayList<>();
    private final List<Moved> verdict = new ArrayList<>();
    private final List<String> recommendationsAdded = new ArrayList<>();
    private final List<String> recommendationsRemoved = new ArrayList<>();
    private final List<Moved> recommendationsChanged = new ArrayList<>();
    private final List<Moved> ranges = new ArrayList<>();
    private final List<Moved> provenance = new ArrayList<>();
    private final boolean sameCurrency;
    private final List<Moved> other = new ArrayList<>();

    private ReportDiff(JsonNode a, JsonNode b) {
        identical = a.equals(b);
        sameCurrency = a.path("currency").equals(b.path("currency"));
        for (JsonTreeDiff.Change c : JsonTreeDiff.diff(a, b)) {
            classify(c);
        }
    }

    /** Compares report A with report B. */
    public static ReportDiff between(JsonNode a, JsonNode b) {
        return new ReportDiff(a, b);
    }

    /** Whether the two reports are the same JSON. */
    public boolean identical() {
        return identical;
    }

    private void classify(JsonTreeDiff.Change c) {
        String p = c.path();
        Moved m = moved(p, c.before(), c.after());
        switch (ReportSection.of(p)) {
            case PROVENANCE -> provenance.add(p.startsWith("provenance.") ? renamed(m, p.substring("provenance.".length())) : m);
            case FIGURES -> figures.add(new Moved(p.startsWith("financials.") ? p.substring("financials.".length()) : p,
                    m.before(), m.after(), sameCurrency ? m.delta() : null));
            case FINDINGS -> {
                if (p.matches("findings\\[[^\\]]+]")) {
                    (c.before() == null ? findingsAdded : findingsRemoved).add(entry(c.before() == null ? c.after() : c.before(), true));
                } else if (p.matches("findings\\[[^\\]]+]\\.(estimate|severity|rule\\..+)")) {
                    findingsChanged.add(new Moved(p.substring("findings".length()), m.before(), m.after(), sameCurrency ? m.delta() : null));
                } else {
                    other.add(m); // a finding's message or evidence: it follows the figures shown
                }
            }
            case VERDICT -> {
                if (p.equals("verdict.headline")) {
                    other.add(m); // the headline restates the grade and the figures shown
                } else {
                    verdict.add(renamed(m, p.equals("verdict") ? p : p.substring("verdict.".length())));
                }
            }
            case RECOMMENDATIONS -> {
                if (p.matches("recommendations\\[[^\\]]+]")) {
                    (c.before() == null ? recommendationsAdded : recommendationsRemoved)
                            .add(entry(c.before() == null ? c.after() : c.before(), false));
                } else if (p.matches("recommendations\\[[^\\]]+]\\.(because|priority|rule\\..+)(\\[\\d+])?")) {
                    recommendationsChanged.add(new Moved(p.substring("recommendations".length()), m.before(), m.after(), m.delta()));
                } else {
                    other.add(m);
                }
            }
            case RANGES -> ranges.add(sameCurrency || !p.toLowerCase(java.util.Locale.ROOT).contains("npv") ? m
                    : new Moved(m.what(), m.before(), m.after(), null));
            case OTHER -> other.add(m);
        }
    }

    private static Moved renamed(Moved m, String what) {
        return new Moved(what, m.before(), m.after(), m.delta());
    }

    private static Moved moved(String path, JsonNode a, JsonNode b) {
        BigDecimal delta = a != null && b != null && a.isNumber() && b.isNumber() ? b.decimalValue().subtract(a.decimalValue()) : null;
        return new Moved(path, a, b, delta);
    }

    private static String entry(JsonNode item, boolean finding) {
        String code = item.path("code").asText("?");
        if (finding) {
            JsonNode est = item.get("estimate");
            String severity = item.path("severity").asText("");
            return code + (severity.isEmpty() ? "" : " [" + severity + "]")
                    + (est == null || est.isNull() ? "" : " estimate " + est.asText());
        }
        return code + " (because " + item.path("because").toString() + ")";
    }

    /** A readable summary, one section per kind of change. */
    public String text(String nameA, String nameB) {
        if (identical) {
            return "The reports are identical: " + nameA + " and " + nameB + ".\n";
        }
        StringBuilder b = new StringBuilder("Differences from " + nameA + " (A) to " + nameB + " (B):\n");
        if (!sameCurrency) {
            b.append("The reports are in different currencies: figures are compared as written, with no differences.\n");
        }
        section(b, ReportSection.FIGURES.title(), figures);
        if (!findingsAdded.isEmpty() || !findingsRemoved.isEmpty() || !findingsChanged.isEmpty()) {
            b.append(ReportSection.FINDINGS.title()).append(":\n");
            findingsAdded.forEach(f -> b.append("  + ").append(f).append('\n'));
            findingsRemoved.forEach(f -> b.append("  - ").append(f).append('\n'));
            findingsChanged.forEach(m -> b.append("  ~ ").append(line(m)).append('\n'));
        }
        section(b, ReportSection.VERDICT.title(), verdict);
        if (!recommendationsAdded.isEmpty() || !recommendationsRemoved.isEmpty() || !recommendationsChanged.isEmpty()) {
            b.append(ReportSection.RECOMMENDATIONS.title()).append(":\n");
            recommendationsAdded.forEach(f -> b.append("  + ").append(f).append('\n'));
            recommendationsRemoved.forEach(f -> b.append("  - ").append(f).append('\n'));
            recommendationsChanged.forEach(m -> b.append("  ~ ").append(line(m)).append('\n'));
        }
        section(b, ReportSection.RANGES.title(), ranges);
        section(b, ReportSection.PROVENANCE.title(), provenance);
        if (!other.isEmpty()) {
            b.append("Other: ").append(other.size()).append(other.size() == 1 ? " difference" : " differences")
                    .append(" (messages, profile, benefit lines, adjustments, trace); first: ")
                    .append(other.get(0).what()).append('\n');
        }
        return b.toString();
    }

    private static void section(StringBuilder b, String title, List<Moved> items) {
        if (items.isEmpty()) {
            return;
        }
        b.append(title).append(":\n");
        items.forEach(m -> b.append("  ").append(line(m)).append('\n'));
    }

    private static String line(Moved m) {
        return m.what() + ": " + m.a() + " → " + m.b()
                + (m.delta() == null ? "" : " (" + (m.delta().signum() >= 0 ? "+" : "") + m.delta().toPlainString() + ")");
    }

    /**
     * The same diff as a JSON object, for machines: each moved value with {@code path}, {@code a} and {@code b} as
     * the reports' own JSON values, whole (a number stays a number; {@code a} or {@code b} is left out where that
     * report lacks the path), and {@code delta} for two numbers.
     */
    public ObjectNode json() {
        JsonNodeFactory f = JsonNodeFactory.withExactBigDecimals(true);
        ObjectNode o = f.objectNode();
        o.put("identical", identical);
        o.set("figures", moves(f, figures));
        ObjectNode findings = o.putObject("findings");
        findings.set("added", strings(f, findingsAdded));
        findings.set("removed", strings(f, findingsRemoved));
        findings.set("changed", moves(f, findingsChanged));
        o.set("verdict", moves(f, verdict));
        ObjectNode recs = o.putObject("recommendations");
        recs.set("added", strings(f, recommendationsAdded));
        recs.set("removed", strings(f, recommendationsRemoved));
        recs.set("changed", moves(f, recommendationsChanged));
        o.set("ranges", moves(f, ranges));
        o.put("sameCurrency", sameCurrency);
        o.set("provenance", moves(f, provenance));
        o.set("other", moves(f, other));
        return o;
    }

    private static ArrayNode moves(JsonNodeFactory f, List<Moved> items) {
        ArrayNode a = f.arrayNode();
        for (Moved m : items) {
            ObjectNode x = a.addObject();
            x.put("path", m.what());
            if (m.before() != null) { // left out: the path is absent from A
                x.set("a", m.before());
            }
            if (m.after() != null) {
                x.set("b", m.after());
            }
            if (m.delta() != null) {
                x.put("delta", m.delta());
            }
        }
        return a;
    }

    private static ArrayNode strings(JsonNodeFactory f, List<String> items) {
        ArrayNode a = f.arrayNode();
        items.forEach(a::add);
        return a;
    }

    /** The counts per section, for tests and summaries. */
    Map<String, Integer> counts() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("figures", figures.size());
        m.put("findingsAdded", findingsAdded.size());
        m.put("findingsRemoved", findingsRemoved.size());
        m.put("findingsChanged", findingsChanged.size());
        m.put("verdict", verdict.size());
        m.put("recommendationsAdded", recommendationsAdded.size());
        m.put("recommendationsRemoved", recommendationsRemoved.size());
        m.put("recommendationsChanged", recommendationsChanged.size());
        m.put("ranges", ranges.size());
        m.put("provenance", provenance.size());
        m.put("other", other.size());
        return m;
    }
}
