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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
    /** The most Monte Carlo draws a scenario may ask for: enough for any spread rule, quick enough for a suite. */
    static final int MAX_DRAWS = 100_000;

    private final CaseReader caseReader;
    private final Map<String, RuleFile> packFiles = new LinkedHashMap<>();
    /** The pack's catalogue, for the codes an expectation names ({@link ExpectationReader}). */
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
            ExpectationReader.keys(root, "", TOP_KEYS, this::error);
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
                expect = new ExpectationReader(catalogue, this::error).read(root.get("expect"));
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
