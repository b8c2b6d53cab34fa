package io.roiassay.engine.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import io.roiassay.engine.catalogue.Catalogue;
import io.roiassay.engine.errors.Suggestions;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Set;

/**
 * Reads a scenario's {@code expect:} block strictly (findings, grade, confidence, entered and adjusted figures,
 * recommendations, headline words): every problem goes to the scenario's error list with its key path, which
 * {@link ScenarioReader} turns into file:line. See docs/consultant-guide.md §4 for the format.
 */
final class ExpectationReader {

    static final Set<String> EXPECT_KEYS = Set.of("findings", "grade", "confidence", "entered", "adjusted", "recommendations",
            "headline");
    static final Set<String> PRESENCE_KEYS = Set.of("present", "absent");
    static final Set<String> FIGURES = Set.of("totalCosts", "totalBenefits", "pvCosts", "pvBenefits", "npv", "roiPercent",
            "simpleRoiPercent", "paybackMonths", "discountedPaybackMonths", "irrPercent");
    static final List<String> GRADES = List.of("strong", "positive", "marginal", "negative", "unproven");
    static final List<String> CONFIDENCES = List.of("high", "medium", "low");

    /** Where a problem goes: the key path inside the scenario document, and what is wrong. */
    interface Problems {
        void error(String path, String message);
    }

    /**
     * The pack's catalogue: a code it does not know can never be raised, so an {@code absent} expectation naming one
     * would always pass (a mistyped {@code present} fails the scenario on its own, saying what the case raised).
     */
    private final Catalogue catalogue;
    private final Problems problems;

    ExpectationReader(Catalogue catalogue, Problems problems) {
        this.catalogue = catalogue;
        this.problems = problems;
    }

    /** The expectation of an {@code expect:} object; null (with the problems reported) when it is not an object. */
    Expectation read(JsonNode e) {
        if (!e.isObject() || e.isEmpty()) {
            problems.error("expect", "expected an object with at least one of " + sorted(EXPECT_KEYS));
            return null;
        }
        keys(e, "expect", EXPECT_KEYS, problems);
        List<String> fPresent = codes(e, "expect.findings", "present", true);
        List<String> fAbsent = codes(e, "expect.findings", "absent", true);
        List<String> grades = oneOf(e.get("grade"), "expect.grade", GRADES);
        List<String> confidences = oneOf(e.get("confidence"), "expect.confidence", CONFIDENCES);
        Map<String, Expectation.Range> figures = new LinkedHashMap<>();
        figures(e.get("entered"), "entered", figures);
        figures(e.get("adjusted"), "adjusted", figures);
        List<String> rPresent = codes(e, "expect.recommendations", "present", false);
        List<String> rAbsent = codes(e, "expect.recommendations", "absent", false);
        List<String> hContains = List.of();
        List<String> hAbsent = List.of();
        JsonNode h = e.get("headline");
        if (h != null) {
            if (!h.isObject() || h.isEmpty()) {
                problems.error("expect.headline", "expected an object with contains and/or absent: texts the verdict's headline"
                        + " must (or must not) contain, e.g. {contains: [\"Yet NPV is below zero\"]}");
            } else {
                keys(h, "expect.headline", Set.of("contains", "absent"), problems);
                hContains = texts(h.get("contains"), "expect.headline.contains");
                hAbsent = texts(h.get("absent"), "expect.headline.absent");
            }
        }
        return new Expectation(fPresent, fAbsent, grades, confidences, figures, rPresent, rAbsent, hContains, hAbsent);
    }

    /** One text or a list of texts, none blank. */
    private List<String> texts(JsonNode n, String path) {
        if (n == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (n.isTextual() && !n.asText().isBlank()) {
            out.add(n.asText());
        } else if (n.isArray() && !n.isEmpty()) {
            for (int i = 0; i < n.size(); i++) {
                if (n.get(i).isTextual() && !n.get(i).asText().isBlank()) {
                    out.add(n.get(i).asText());
                } else {
                    problems.error(path + "[" + i + "]", "expected non-empty text");
                }
            }
        } else {
            problems.error(path, "expected a text or a list of texts");
        }
        return out;
    }

    private List<String> codes(JsonNode expect, String path, String which, boolean findingCodes) {
        JsonNode group = expect.get(path.substring("expect.".length()));
        if (group == null) {
            return List.of();
        }
        if (!group.isObject()) {
            problems.error(path, "expected an object with present and/or absent lists of codes");
            return List.of();
        }
        if (which.equals("present")) {
            keys(group, path, PRESENCE_KEYS, problems);
        }
        JsonNode list = group.get(which);
        if (list == null) {
            return List.of();
        }
        String at = path + "." + which;
        if (!list.isArray()) {
            problems.error(at, "expected a list of codes, e.g. [" + (findingCodes ? "hidden-cost/training" : "budget-hidden-costs") + "]");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode c = list.get(i);
            if (!c.isTextual() || c.asText().isBlank()) {
                problems.error(at + "[" + i + "]", "expected a code as text");
            } else if (findingCodes && !c.asText().matches("[a-z0-9-]+/[a-z0-9./-]+")) {
                problems.error(at + "[" + i + "]", "'" + c.asText() + "' is not a finding code (family/name, e.g. hidden-cost/training)");
            } else if (which.equals("absent") && !known(c.asText(), findingCodes)) {
                Set<String> codes = findingCodes ? catalogue.findings().keySet() : catalogue.recommendations().keySet();
                String near = Suggestions.nearest(c.asText(), codes);
                problems.error(at + "[" + i + "]", "'" + c.asText() + "' is not a " + (findingCodes ? "finding" : "recommendation")
                        + " code of this rule pack (catalogue/" + (findingCodes ? "findings" : "recommendations") + ".yaml),"
                        + " so the expectation could never fail" + (near != null ? "; did you mean " + near + "?" : ""));
            } else {
                out.add(c.asText());
            }
        }
        return out;
    }

    /** Whether the pack's catalogue has the code (any code when the pack has no catalogue to ask). */
    private boolean known(String code, boolean findingCode) {
        if (catalogue.findings().isEmpty() && catalogue.recommendations().isEmpty()) {
            return true;
        }
        return findingCode ? catalogue.finding(code) != null : catalogue.recommendation(code) != null;
    }

    private List<String> oneOf(JsonNode node, String path, List<String> allowed) {
        if (node == null) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        if (node.isTextual()) {
            values.add(node.asText());
        } else if (node.isArray() && !node.isEmpty()) {
            node.forEach(n -> values.add(n.isTextual() ? n.asText() : n.toString()));
        } else {
            problems.error(path, "expected one of " + allowed + ", or a list of them");
            return List.of();
        }
        for (String v : values) {
            if (!allowed.contains(v)) {
                problems.error(path, "'" + v + "' is not one of " + allowed);
            }
        }
        return List.copyOf(values);
    }

    private void figures(JsonNode node, String kind, Map<String, Expectation.Range> out) {
        String path = "expect." + kind;
        if (node == null) {
            return;
        }
        if (!node.isObject()) {
            problems.error(path, "expected figures, e.g. { roiPercent: { min: 50, max: 120 }, npv: 1200.00 }");
            return;
        }
        keys(node, path, FIGURES, problems);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (!FIGURES.contains(f.getKey())) {
                continue;
            }
            Expectation.Range r = range(f.getValue(), path + "." + f.getKey());
            if (r != null) {
                out.put(kind + "." + f.getKey(), r);
            }
        }
    }

    private Expectation.Range range(JsonNode v, String path) {
        if (v.isNull()) {
            return new Expectation.Range(null, null, true);
        }
        if (v.isNumber()) {
            return new Expectation.Range(v.decimalValue(), v.decimalValue(), false);
        }
        if (v.isObject()) {
            keys(v, path, Set.of("min", "max"), problems);
            BigDecimal min = number(v, path, "min");
            BigDecimal max = number(v, path, "max");
            if (min == null && max == null) {
                problems.error(path, "give min, max or both");
                return null;
            }
            if (min != null && max != null && min.compareTo(max) > 0) {
                problems.error(path, "min " + min.toPlainString() + " is greater than max " + max.toPlainString());
                return null;
            }
            return new Expectation.Range(min, max, false);
        }
        problems.error(path, "expected a number, null (no value, e.g. never paid back) or { min: …, max: … }");
        return null;
    }

    private BigDecimal number(JsonNode parent, String path, String key) {
        JsonNode n = parent.get(key);
        if (n == null) {
            return null;
        }
        if (!n.isNumber()) {
            problems.error(path + "." + key, "expected a number");
            return null;
        }
        return n.decimalValue();
    }

    /** Reports each key of {@code object} that is not {@code allowed}, naming the allowed ones. */
    static void keys(JsonNode object, String path, Set<String> allowed, Problems problems) {
        object.fieldNames().forEachRemaining(k -> {
            if (!allowed.contains(k)) {
                problems.error(path.isEmpty() ? k : path + "." + k, "unknown key '" + k + "'; expected one of " + sorted(allowed));
            }
        });
    }

    static List<String> sorted(Set<String> keys) {
        return keys.stream().sorted().toList();
    }
}
