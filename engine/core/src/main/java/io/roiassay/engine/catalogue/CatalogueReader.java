package io.roiassay.engine.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads catalogue files ({@code catalogue/*.yaml} in a rule pack) into a {@link Catalogue}, checking each
 * entry: a known family and severity, a positive priority, an English and a Chinese text (with Chinese in
 * it), and placeholders that name declared evidence (or {@code estimate}, {@code currency}). Files are
 * read in the order given; an entry of a later file replaces one of the same code (an overlay's entry
 * replaces the built-in one), except for the variants ({@code variants:}, the code worded for another
 * situation) or the clauses of a headline sentence it does not name, which it keeps.
 */
public final class CatalogueReader {

    /** The file of a catalogue: its path as a user would open it, and its text. */
    public record SourceFile(String displayPath, String text) {
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern FINDING_CODE = Pattern.compile("([a-z-]+)/[a-z0-9][a-z0-9-]*");
    private static final Pattern RECOMMENDATION_CODE = Pattern.compile("[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)?");
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
    private static final Set<String> ALWAYS = Set.of("estimate", "currency");
    private static final Set<String> FINDING_KEYS = Set.of("severity", "evidence", "en", "zh", "variants");
    private static final Set<String> VARIANT_KEYS = Set.of("severity", "evidence", "en", "zh");
    private static final Pattern VARIANT_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Set<String> RECOMMENDATION_KEYS = Set.of("priority", "en", "zh", "evidence");
    private static final Set<String> HEADLINE_KEYS = Set.of("en", "zh", "variants");
    private static final Set<String> SENTENCE_KEYS = Set.of("en", "zh", "clauses");
    /** The section of a verdicts file holding the reasons for a verdict's confidence. */
    static final String CONFIDENCE = "confidence";
    /** What a headline sentence names: the grade's headline and one of its clauses. */
    static final Set<String> SENTENCE_VALUES = Set.of("headline", "clause");
    /** What a clause of a headline sentence names: the value where the situation starts. */
    static final Set<String> CLAUSE_VALUES = Set.of("value");
    private static final Pattern CLAUSE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]*");
    /** The values a verdict headline may name: the adjusted figures the engine fills in (ReportAssembler). */
    static final Set<String> HEADLINE_VALUES = Set.of("roiPercent", "simpleRoiPercent", "npv", "paybackMonths",
            "totalCosts", "totalBenefits", "hiddenCostEstimate", "currency", "benefitsMayFallPercent", "benefitsMustRisePercent");

    private final Map<String, Catalogue.FindingEntry> findings = new LinkedHashMap<>();
    private final Map<String, Catalogue.RecommendationEntry> recommendations = new LinkedHashMap<>();
    private final Map<String, Catalogue.HeadlineEntry> headlines = new LinkedHashMap<>();
    private final Map<String, Catalogue.SentenceEntry> sentences = new LinkedHashMap<>();
    private final Map<String, Catalogue.HeadlineEntry> confidence = new LinkedHashMap<>();
    private final List<Catalogue.Problem> problems = new ArrayList<>();

    private CatalogueReader() {
    }

    /**
     * Reads the files; a file whose name starts with {@code recommendations} holds recommendations, one starting
     * with {@code verdicts} the verdict headlines, any other holds findings.
     */
    public static Catalogue read(List<SourceFile> files) {
        CatalogueReader r = new CatalogueReader();
        for (SourceFile f : files) {
            r.readFile(f);
        }
        return new Catalogue(r.findings, r.recommendations, r.headlines, r.sentences, r.confidence, r.problems);
    }

    private void readFile(SourceFile f) {
        JsonNode root;
        try {
            root = YAML.readTree(f.text());
        } catch (Exception e) {
            problems.add(CatalogueLines.parseProblem(f.displayPath(), e));
            return;
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return;
        }
        if (!root.isObject()) {
            problems.add(new Catalogue.Problem(new Catalogue.Source(f.displayPath(), 1), "a catalogue file maps codes to entries"));
            return;
        }
        String name = f.displayPath().substring(f.displayPath().lastIndexOf('/') + 1);
        boolean recs = name.startsWith("recommendations");
        boolean verdicts = name.startsWith("verdicts");
        String[] lines = f.text().split("\\R", -1);
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Catalogue.Source at = new Catalogue.Source(f.displayPath(), CatalogueLines.lineOf(lines, e.getKey()));
            if (!e.getValue().isObject()) {
                problem(at, e.getKey(), "an entry needs severity/priority, en and zh");
                continue;
            }
            if (verdicts && e.getKey().equals(CONFIDENCE)) {
                confidence(e.getValue(), at, lines);
            } else if (verdicts) {
                headline(e.getKey(), e.getValue(), at);
            } else if (recs) {
                recommendation(e.getKey(), e.getValue(), at);
            } else if (e.getValue().has("priority") && !e.getValue().has("severity")) {
                // A recommendation in a findings file: every error below would be beside the point.
                problem(at, e.getKey(), "an entry with a priority is a recommendation, but this file holds findings:"
                        + " the file's name decides what its entries are; put recommendations in a catalogue file whose"
                        + " name starts with recommendations (e.g. catalogue/recommendations-mine.yaml)");
            } else {
                finding(e.getKey(), e.getValue(), at);
            }
        }
    }

    private void finding(String code, JsonNode n, Catalogue.Source at) {
        unknownKeys(code, n, FINDING_KEYS, at);
        Matcher m = FINDING_CODE.matcher(code);
        Family family = m.matches() ? Family.of(m.group(1)) : null;
        if (family == null) {
            problem(at, code, "a finding code is family/name with family one of " + Family.names());
            return;
        }
        Catalogue.FindingEntry base = entry(code, code, family, n, null, at);
        if (base == null) {
            return;
        }
        Map<String, Catalogue.FindingEntry> variants = new LinkedHashMap<>();
        JsonNode vs = n.path("variants");
        if (!vs.isMissingNode() && !vs.isObject()) {
            problem(at, code, "variants maps variant names to entries (severity, evidence, en, zh)");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = vs.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> v = it.next();
            String label = code + Catalogue.VARIANT + v.getKey();
            if (!VARIANT_NAME.matcher(v.getKey()).matches()) {
                problem(at, label, "a variant name is lower-case words joined by '-'");
            } else if (!v.getValue().isObject()) {
                problem(at, label, "a variant needs en and zh (severity and evidence default to the code's)");
            } else {
                unknownKeys(label, v.getValue(), VARIANT_KEYS, at);
                Catalogue.FindingEntry e = entry(label, code, family, v.getValue(), base, at);
                if (e != null) {
                    variants.put(v.getKey(), e);
                }
            }
        }
        Catalogue.FindingEntry replaced = findings.get(code);
        if (replaced != null) {
            // An overlay entry replaces the code's own wording; variants it does not name keep the built-in wording,
            // so rules raising them still find them.
            Map<String, Catalogue.FindingEntry> merged = new LinkedHashMap<>(replaced.variants());
            merged.putAll(variants);
            variants = merged;
        }
        findings.put(code, new Catalogue.FindingEntry(code, family, base.severity(), base.evidence(), base.en(),
                base.zh(), at, variants));
    }

    /**
     * One entry's severity, evidence and texts, checked; a variant takes the code's severity and evidence when it
     * gives none. Null when the severity is missing or wrong.
     */
    private Catalogue.FindingEntry entry(String label, String code, Family family, JsonNode n,
                                         Catalogue.FindingEntry base, Catalogue.Source at) {
        Severity severity = base != null && !n.has("severity") ? base.severity()
                : Severity.of(n.path("severity").asText(null));
        if (severity == null) {
            problem(at, label, "severity must be one of " + Severity.names());
        }
        List<String> evidence = new ArrayList<>();
        boolean declared = n.has("evidence") || (base != null && !base.evidence().isEmpty());
        if (n.has("evidence") || base == null) {
            n.path("evidence").forEach(v -> evidence.add(v.asText()));
        } else {
            evidence.addAll(base.evidence());
        }
        String en = text(label, n, "en", at);
        String zh = chinese(label, n, at);
        Set<String> allowed = new TreeSet<>(evidence);
        allowed.addAll(ALWAYS);
        placeholders(label, "en", en, declared ? allowed : null, at);
        placeholders(label, "zh", zh, declared ? allowed : null, at);
        if (en != null && zh != null && !names(en).equals(names(zh))) {
            problem(at, label, "en and zh name different placeholders: " + names(en) + " vs " + names(zh));
        }
        return severity == null ? null : new Catalogue.FindingEntry(code, family, severity, evidence, en, zh, at);
    }

    private void recommendation(String code, JsonNode n, Catalogue.Source at) {
        unknownKeys(code, n, RECOMMENDATION_KEYS, at);
        if (!RECOMMENDATION_CODE.matcher(code).matches()) {
            problem(at, code, "a recommendation code is lower-case words joined by '-'");
            return;
        }
        int priority = n.path("priority").asInt(0);
        if (priority < 1) {
            problem(at, code, "priority must be a whole number from 1 (most urgent)");
        }
        String en = text(code, n, "en", at);
        String zh = chinese(code, n, at);
        // the values a rule gives the advice (recommend(...).evidence(key, value)), declared like a finding's
        Set<String> allowed = new TreeSet<>(ALWAYS);
        for (JsonNode e : n.path("evidence")) {
            allowed.add(e.asText());
        }
        placeholders(code, "en", en, allowed, at);
        placeholders(code, "zh", zh, allowed, at);
        if (priority >= 1) {
            recommendations.put(code, new Catalogue.RecommendationEntry(code, priority, en, zh, at));
        }
    }

    /**
     * The reasons for a verdict's confidence ({@code confidence:} in a verdicts file): keyed by a level
     * ({@code high}, the reason when no rule lowered it) or {@code level#reason} as a confidence rule gives it
     * ({@code low#vendor-benchmarks}); each with en and zh. An overlay's entry replaces the one of the same key.
     */
    private void confidence(JsonNode n, Catalogue.Source at, String[] lines) {
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> r = it.next();
            String key = r.getKey();
            Catalogue.Source where = new Catalogue.Source(at.file(), CatalogueLines.nestedLineOf(lines, at.line(), key));
            int hash = key.indexOf(Catalogue.VARIANT);
            if (Confidence.of(Catalogue.codeOf(key)) == null
                    || hash >= 0 && !VARIANT_NAME.matcher(key.substring(hash + 1)).matches()) {
                problem(where, key, "a confidence reason is keyed by a level, one of " + Confidence.names()
                        + ", or level#reason with a reason of lower-case words joined by '-' (low#vendor-benchmarks)");
            } else if (!r.getValue().isObject()) {
                problem(where, key, "a confidence reason needs en and zh");
            } else {
                unknownKeys(key, r.getValue(), Set.of("en", "zh"), where);
                String en = text(key, r.getValue(), "en", where);
                String zh = chinese(key, r.getValue(), where);
                placeholders(key, "en", en, Set.of(), where);
                placeholders(key, "zh", zh, Set.of(), where);
                if (en != null && zh != null) {
                    confidence.put(key, new Catalogue.HeadlineEntry(key, en, zh, where));
                }
            }
        }
    }

    private void headline(String grade, JsonNode n, Catalogue.Source at) {
        if (Grade.of(grade) == null && n.has("clauses")) {
            sentence(grade, n, at);
            return;
        }
        if (Grade.of(grade) == null) {
            problem(at, grade, "a verdict headline is keyed by a grade, one of " + Grade.names()
                    + " (a sentence added to the headline has clauses:)");
            return;
        }
        unknownKeys(grade, n, HEADLINE_KEYS, at);
        headlineText(grade, n, at);
        JsonNode vs = n.path("variants");
        if (!vs.isMissingNode() && !vs.isObject()) {
            problem(at, grade, "variants maps variant names to headlines (en, zh)");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = vs.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> v = it.next();
            String key = grade + Catalogue.VARIANT + v.getKey();
            if (!VARIANT_NAME.matcher(v.getKey()).matches()) {
                problem(at, key, "a variant name is lower-case words joined by '-'");
            } else if (!v.getValue().isObject()) {
                problem(at, key, "a variant needs en and zh");
            } else {
                unknownKeys(key, v.getValue(), Set.of("en", "zh"), at);
                headlineText(key, v.getValue(), at);
            }
        }
    }

    private void headlineText(String key, JsonNode n, Catalogue.Source at) {
        String en = text(key, n, "en", at);
        String zh = chinese(key, n, at);
        placeholders(key, "en", en, HEADLINE_VALUES, at);
        placeholders(key, "zh", zh, HEADLINE_VALUES, at);
        if (en != null && zh != null) {
            headlines.put(key, new Catalogue.HeadlineEntry(key, en, zh, at));
        }
    }

    /**
     * A sentence the rules add to the headline, with its clauses. An overlay's entry replaces the sentence and the
     * clauses it names; the clauses it does not name keep the built-in wording.
     */
    private void sentence(String name, JsonNode n, Catalogue.Source at) {
        if (!VARIANT_NAME.matcher(name).matches()) {
            problem(at, name, "a sentence name is lower-case words joined by '-'");
            return;
        }
        unknownKeys(name, n, SENTENCE_KEYS, at);
        String en = text(name, n, "en", at);
        String zh = chinese(name, n, at);
        for (String[] t : new String[][] {{"en", en}, {"zh", zh}}) {
            placeholders(name, t[0], t[1], SENTENCE_VALUES, at);
            if (t[1] != null && !names(t[1]).equals(SENTENCE_VALUES)) {
                problem(at, name, "the '" + t[0] + "' text must name {headline} and {clause}");
            }
        }
        Map<String, Catalogue.ClauseEntry> clauses = new LinkedHashMap<>();
        Catalogue.SentenceEntry replaced = sentences.get(name);
        if (replaced != null) {
            clauses.putAll(replaced.clauses());
        }
        JsonNode cs = n.path("clauses");
        if (!cs.isObject()) {
            problem(at, name, "clauses maps clause names to texts (en, zh)");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = cs.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> c = it.next();
            String key = name + Catalogue.VARIANT + c.getKey();
            if (!CLAUSE_NAME.matcher(c.getKey()).matches()) {
                problem(at, key, "a clause name is letters and digits joined by '-' (crmShare-below)");
            } else if (!c.getValue().isObject()) {
                problem(at, key, "a clause needs en and zh");
            } else {
                unknownKeys(key, c.getValue(), Set.of("en", "zh"), at);
                String cEn = text(key, c.getValue(), "en", at);
                String cZh = chinese(key, c.getValue(), at);
                placeholders(key, "en", cEn, CLAUSE_VALUES, at);
                placeholders(key, "zh", cZh, CLAUSE_VALUES, at);
                if (cEn != null && cZh != null) {
                    clauses.put(c.getKey(), new Catalogue.ClauseEntry(key, cEn, cZh, at));
                }
            }
        }
        if (en != null && zh != null) {
            sentences.put(name, new Catalogue.SentenceEntry(name, en, zh, at, clauses));
        }
    }

    private void unknownKeys(String code, JsonNode n, Set<String> known, Catalogue.Source at) {
        n.fieldNames().forEachRemaining(k -> {
            if (!known.contains(k)) {
                problem(at, code, "unknown key '" + k + "'; an entry has " + String.join(", ", new TreeSet<>(known)));
            }
        });
    }

    private String text(String code, JsonNode n, String key, Catalogue.Source at) {
        String t = n.path(key).asText(null);
        if (t == null || t.isBlank()) {
            problem(at, code, "missing '" + key + "' text");
            return null;
        }
        return t;
    }

    private String chinese(String code, JsonNode n, Catalogue.Source at) {
        String zh = text(code, n, "zh", at);
        if (zh != null && !CJK.matcher(zh).find()) {
            problem(at, code, "the 'zh' text has no Chinese in it");
        }
        return zh;
    }

    private void placeholders(String code, String key, String text, Set<String> allowed, Catalogue.Source at) {
        if (text == null) {
            return;
        }
        // {name:money} or {ratio:date}: no such format, so the report would print the braces as they are
        for (String unknown : CataloguePlaceholders.unknownFormats(text)) {
            problem(at, code, "the '" + key + "' text has " + unknown + ", a format that does not exist: a placeholder"
                    + " is {name} or {name:percent} (a rate as a percentage); the report would print it as written");
        }
        if (allowed == null) {
            return;
        }
        for (String name : names(text)) {
            if (!allowed.contains(name)) {
                problem(at, code, "the '" + key + "' text names {" + name + "}, which is not among its evidence "
                        + allowed);
            }
        }
    }

    /** The names of the {@code {name}} and {@code {name:percent}} placeholders in a catalogue text, sorted. */
    public static Set<String> placeholderNames(String text) {
        return names(text);
    }

    private static Set<String> names(String text) {
        return CataloguePlaceholders.names(text);
    }

    private void problem(Catalogue.Source at, String code, String message) {
        problems.add(new Catalogue.Problem(at, code + ": " + message));
    }
}
