package io.roiassay.engine.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.roiassay.engine.caseio.CaseError;
import io.roiassay.engine.caseio.CaseException;
import io.roiassay.engine.caseio.CaseReader;
import io.roiassay.engine.model.Case;
import io.roiassay.engine.report.JsonReportWriter;
import io.roiassay.engine.rules.RuleFile;
import io.roiassay.engine.rules.RuleSources;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads scenario files strictly: unknown keys, wrong types and unknown grades are errors with file and
 * line; an inline case goes through the same validation as a case file. See docs/consultant-guide.md for
 * the format.
 */
public final class ScenarioReader {

    static final Set<String> TOP_KEYS = Set.of("scenario", "description", "case", "caseFile", "draws", "seed", "expect");
    static final Set<String> EXPECT_KEYS = Set.of("findings", "grade", "confidence", "entered", "adjusted", "recommendations",
            "headline");
    /** The most Monte Carlo draws a scenario may ask for: enough for any spread rule, quick enough for a suite. */
    static final int MAX_DRAWS = 100_000;
    static final Set<String> PRESENCE_KEYS = Set.of("present", "absent");
    static final Set<String> FIGURES = Set.of("totalCosts", "totalBenefits", "pvCosts", "pvBenefits", "npv", "roiPercent",
            "simpleRoiPercent", "paybackMonths", "discountedPaybackMonths", "irrPercent");
    static final List<String> GRADES = List.of("strong", "positive", "marginal", "negative", "unproven");
    static final List<String> CONFIDENCES = List.of("high", "medium", "low");

    private final CaseReader caseReader;
    private final Map<String, RuleFile> packFiles = new LinkedHashMap<>();
    /**
     * The pack's catalogue: a code it does not know can never be raised, so an {@code absent} expectation naming one
     * would always pass (a mistyped {@code present} fails the scenario on its own, saying what the case raised).
     */
    private final io.roiassay.engine.catalogue.Catalogue catalogue;

    /** A reader that resolves {@code caseFile} against the given pack files (built-in plus overlay). */
    public ScenarioReader(CaseReader caseReader, List<RuleFile> packFiles) {
        this.caseReader = caseReader;
        packFiles.forEach(f -> this.packFiles.put(f.path(), f));
        this.catalogue = io.roiassay.engine.rules.PackCatalogue.of(packFiles);
    }

    /** Whether a pack file is a scenario: {@code tests/**.yaml|yml}, except case files under {@code tests/cases/}. */
    public static boolean isScenario(RuleFile f) {
        String p = f.path();
        return p.startsWith("tests/") && !p.startsWith("tests/cases/") && (p.endsWith(".yaml") || p.endsWith(".yml"));
    }

    /** Reads every scenario of one file, adding problems to {@code errors}. */
    public List<Scenario> read(RuleFile file, List<ScenarioError> errors) {
        String display = file.displayPath();
        List<YamlDocuments.Document> docs;
        try {
            docs = YamlDocuments.parse(file.text());
        } catch (YamlDocuments.SyntaxError e) {
            errors.add(new ScenarioError(display, e.line, e.column, e.getMessage()));
            return List.of();
        }
        if (docs.isEmpty()) {
            errors.add(new ScenarioError(display, 1, 1, "the file is empty; expected a scenario"));
        }
        List<Scenario> out = new ArrayList<>();
        for (YamlDocuments.Document doc : docs) {
            List<ScenarioError> found = new ArrayList<>();
            Scenario s = new One(file, display, doc, found).scenario();
            errors.addAll(found);
            if (s != null && found.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /** Reads one document, collecting every problem. */
    private final class One {
        private final RuleFile file;
        private final String display;
        private final YamlDocuments.Document doc;
        private final List<ScenarioError> errors;

        One(RuleFile file, String display, YamlDocuments.Document doc, List<ScenarioError> errors) {
            this.file = file;
            this.display = display;
            this.doc = doc;
            this.errors = errors;
        }

        private void error(String path, String message) {
            int[] at = doc.at(path);
            errors.add(new ScenarioError(display, at[0], at[1], (path.isEmpty() ? "" : path + ": ") + message));
        }

        Scenario scenario() {
            JsonNode root = doc.root();
            if (!root.isObject()) {
                error("", "a scenario must be an object with scenario, case or caseFile, and expect");
                return null;
            }
            keys(root, "", TOP_KEYS);
            String name = text(root, "scenario", true);
            if (root.has("description") && !root.get("description").isTextual()) {
                error("description", "expected text");
            }
            Case theCase = null;
            if (root.has("case") == root.has("caseFile")) {
                error("", "give exactly one of case (inline) or caseFile (a path relative to this file)");
            } else if (root.has("case")) {
                theCase = inlineCase(root.get("case"));
            } else {
                String ref = text(root, "caseFile", true);
                theCase = ref == null ? null : caseFile(ref);
            }
            Expectation expect = null;
            if (!root.has("expect")) {
                error("", "missing expect: say what the report must show (findings, grade, confidence, entered, headline,"
                        + " adjusted, recommendations)");
            } else {
                expect = expectation(root.get("expect"));
            }
            io.roiassay.engine.assess.AssessOptions options = options(root);
            return errors.isEmpty() ? new Scenario(display, doc.at("scenario")[0], name, theCase, expect, options) : null;
        }

        /**
         * The scenario's draws ({@code draws:}, 0 to {@link #MAX_DRAWS}; none when absent, as {@code rules test} has
         * always run) and seed ({@code seed:}, default 1): the rules that read the Monte Carlo spread
         * (verdict/confidence-spread.drl, verdict/headline-spread.drl) can only be tested with draws.
         */
        private io.roiassay.engine.assess.AssessOptions options(JsonNode root) {
            int draws = 0;
            long seed = io.roiassay.engine.assess.AssessOptions.DEFAULT.seed();
            JsonNode d = root.get("draws");
            if (d != null) {
                if (!d.canConvertToInt() || !d.isIntegralNumber() || d.intValue() < 0 || d.intValue() > MAX_DRAWS) {
                    error("draws", "expected a whole number of Monte Carlo draws from 0 (none) to " + MAX_DRAWS + ", e.g. 10000");
                } else {
                    draws = d.intValue();
                }
            }
            JsonNode s = root.get("seed");
            if (s != null) {
                if (!s.isIntegralNumber() || !s.canConvertToLong()) {
                    error("seed", "expected a whole number (the seed of the draws, e.g. 1)");
                } else if (d == null) {
                    error("seed", "a seed without draws changes nothing: give draws too (e.g. draws: 10000)");
                } else {
                    seed = s.longValue();
                }
            }
            return draws == 0 ? io.roiassay.engine.assess.AssessOptions.NO_DRAWS
                    : new io.roiassay.engine.assess.AssessOptions(draws, seed);
        }

        private Case inlineCase(JsonNode node) {
            if (!node.isObject()) {
                error("case", "expected the case as an object (the same fields as a case file)");
                return null;
            }
            try {
                String json = JsonReportWriter.mapper().writeValueAsString(node);
                return caseReader.read(json, display + "#case", true);
            } catch (JsonProcessingException e) {
                error("case", "cannot re-read the inline case: " + e.getOriginalMessage());
            } catch (CaseException e) {
                for (CaseError ce : e.errors()) {
                    String path = "(root)".equals(ce.path()) ? "case" : "case." + ce.path();
                    error(path, ce.message());
                }
            }
            return null;
        }

        private Case caseFile(String ref) {
            String packPath = normalize(parentOf(file.path()) + ref);
            try {
                Path onDisk = null;
                if (!file.origin().equals(RuleSources.BUILT_IN)) {
                    onDisk = Path.of(file.origin()).resolve(file.path()).getParent().resolve(ref).normalize();
                    if (Files.isRegularFile(onDisk)) {
                        return caseReader.read(onDisk);
                    }
                }
                RuleFile inPack = packPath == null ? null : packFiles.get(packPath);
                if (inPack == null) {
                    error("caseFile", notFound(ref, packPath, onDisk));
                    return null;
                }
                return caseReader.read(inPack.text(), inPack.displayPath(), inPack.path().endsWith(".json"));
            } catch (CaseException e) {
                e.errors().forEach(ce -> error("caseFile", "the case file is invalid: " + ce));
                return null;
            }
        }

        /**
         * Where a missing case file was looked for: an overlay scenario's on disk beside the scenario (then in the
         * pack), a built-in scenario's only inside the pack.
         */
        private static String notFound(String ref, String packPath, Path onDisk) {
            String inPack = packPath == null ? null : "rules/" + packPath;
            if (onDisk == null) {
                return "case file " + ref + " not found (looked for " + (inPack == null ? ref : inPack)
                        + "; built-in scenarios can only use case files inside the rule pack, e.g. under tests/cases/)";
            }
            boolean absolute = Path.of(ref).isAbsolute(); // then the pack holds no such file: do not name one
            String what = Files.isDirectory(onDisk) ? onDisk + " is a folder, not a case file"
                    : "case file " + ref + " not found (looked for " + onDisk
                    + (inPack == null || absolute ? "" : " and " + inPack) + ")";
            return what + "; an overlay scenario's caseFile is relative to the scenario file, or absolute";
        }

        private Expectation expectation(JsonNode e) {
            if (!e.isObject() || e.isEmpty()) {
                error("expect", "expected an object with at least one of " + sorted(EXPECT_KEYS));
                return null;
            }
            keys(e, "expect", EXPECT_KEYS);
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
                    error("expect.headline", "expected an object with contains and/or absent: texts the verdict's headline"
                            + " must (or must not) contain, e.g. {contains: [\"Yet NPV is below zero\"]}");
                } else {
                    keys(h, "expect.headline", Set.of("contains", "absent"));
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
                        error(path + "[" + i + "]", "expected non-empty text");
                    }
                }
            } else {
                error(path, "expected a text or a list of texts");
            }
            return out;
        }

        private List<String> codes(JsonNode expect, String path, String which, boolean findingCodes) {
            JsonNode group = expect.get(path.substring("expect.".length()));
            if (group == null) {
                return List.of();
            }
            if (!group.isObject()) {
                error(path, "expected an object with present and/or absent lists of codes");
                return List.of();
            }
            if (which.equals("present")) {
                keys(group, path, PRESENCE_KEYS);
            }
            JsonNode list = group.get(which);
            if (list == null) {
                return List.of();
            }
            String at = path + "." + which;
            if (!list.isArray()) {
                error(at, "expected a list of codes, e.g. [" + (findingCodes ? "hidden-cost/training" : "budget-hidden-costs") + "]");
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                JsonNode c = list.get(i);
                if (!c.isTextual() || c.asText().isBlank()) {
                    error(at + "[" + i + "]", "expected a code as text");
                } else if (findingCodes && !c.asText().matches("[a-z0-9-]+/[a-z0-9./-]+")) {
                    error(at + "[" + i + "]", "'" + c.asText() + "' is not a finding code (family/name, e.g. hidden-cost/training)");
                } else if (which.equals("absent") && !known(c.asText(), findingCodes)) {
                    java.util.Set<String> codes = findingCodes ? catalogue.findings().keySet() : catalogue.recommendations().keySet();
                    String near = io.roiassay.engine.errors.Suggestions.nearest(c.asText(), codes);
                    error(at + "[" + i + "]", "'" + c.asText() + "' is not a " + (findingCodes ? "finding" : "recommendation")
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
                error(path, "expected one of " + allowed + ", or a list of them");
                return List.of();
            }
            for (String v : values) {
                if (!allowed.contains(v)) {
                    error(path, "'" + v + "' is not one of " + allowed);
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
                error(path, "expected figures, e.g. { roiPercent: { min: 50, max: 120 }, npv: 1200.00 }");
                return;
            }
            keys(node, path, FIGURES);
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
                keys(v, path, Set.of("min", "max"));
                BigDecimal min = number(v, path, "min");
                BigDecimal max = number(v, path, "max");
                if (min == null && max == null) {
                    error(path, "give min, max or both");
                    return null;
                }
                if (min != null && max != null && min.compareTo(max) > 0) {
                    error(path, "min " + min.toPlainString() + " is greater than max " + max.toPlainString());
                    return null;
                }
                return new Expectation.Range(min, max, false);
            }
            error(path, "expected a number, null (no value, e.g. never paid back) or { min: …, max: … }");
            return null;
        }

        private BigDecimal number(JsonNode parent, String path, String key) {
            JsonNode n = parent.get(key);
            if (n == null) {
                return null;
            }
            if (!n.isNumber()) {
                error(path + "." + key, "expected a number");
                return null;
            }
            return n.decimalValue();
        }

        private String text(JsonNode parent, String key, boolean required) {
            JsonNode n = parent.get(key);
            if (n == null) {
                if (required) {
                    error("", "missing " + key);
                }
                return null;
            }
            if (!n.isTextual() || n.asText().isBlank()) {
                error(key, "expected non-empty text");
                return null;
            }
            return n.asText();
        }

        private void keys(JsonNode object, String path, Set<String> allowed) {
            object.fieldNames().forEachRemaining(k -> {
                if (!allowed.contains(k)) {
                    error(path.isEmpty() ? k : path + "." + k, "unknown key '" + k + "'; expected one of " + sorted(allowed));
                }
            });
        }
    }

    private static List<String> sorted(Set<String> keys) {
        return keys.stream().sorted().toList();
    }

    private static String parentOf(String packPath) {
        int slash = packPath.lastIndexOf('/');
        return slash < 0 ? "" : packPath.substring(0, slash + 1);
    }

    /** Resolves {@code .} and {@code ..} in a pack path; null when it leaves the pack. */
    static String normalize(String path) {
        List<String> parts = new ArrayList<>();
        for (String p : path.split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
            } else {
                parts.add(p);
            }
        }
        return String.join("/", parts);
    }
}
