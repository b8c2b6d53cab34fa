package io.roiassay.engine.catalogue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The finding and recommendation catalogue of a rule pack: every code with its family, default severity
 * (or priority), the evidence its rules give and its English and Chinese message templates; and the verdict
 * headlines, with the sentences rules add to them. Consultants
 * edit it in {@code rules/catalogue/*.yaml}; a rule raises a code and the texts come from here (a rule may
 * still set its own). Read by {@link CatalogueReader}; immutable.
 */
public final class Catalogue {

    /**
     * One finding code, or one variant of it: the same code worded for another situation, with its own severity,
     * evidence and texts ({@code variants:} under the code in the YAML). A rule raises a variant as
     * {@code code#variant}; the report shows the code.
     */
    public record FindingEntry(String code, Family family, Severity severity, List<String> evidence, String en,
                               String zh, Source source, Map<String, FindingEntry> variants) {

        public FindingEntry {
            evidence = List.copyOf(evidence);
            variants = Collections.unmodifiableMap(new TreeMap<>(variants));
        }

        /** An entry without variants. */
        public FindingEntry(String code, Family family, Severity severity, List<String> evidence, String en,
                            String zh, Source source) {
            this(code, family, severity, evidence, en, zh, source, Map.of());
        }
    }

    /** What separates a code from the name of one of its variants: {@code hidden-cost/training#confirm-included}. */
    public static final char VARIANT = '#';

    /** The code of a finding key: the key without its {@code #variant}. */
    public static String codeOf(String key) {
        int hash = key.indexOf(VARIANT);
        return hash < 0 ? key : key.substring(0, hash);
    }

    /** The variant of a key: the part after {@code #} ({@code share-unknown} of {@code unproven#share-unknown}), or null. */
    public static String variantOf(String key) {
        int hash = key.indexOf(VARIANT);
        return hash < 0 ? null : key.substring(hash + 1);
    }

    /**
     * One verdict headline: for a grade ({@code strong}) or a variant of it ({@code unproven#no-costs}, the grade
     * worded for another situation), in {@code catalogue/verdicts.yaml}.
     */
    public record HeadlineEntry(String key, String en, String zh, Source source) {
    }

    /**
     * A sentence the verdict rules add to the headline ({@code holds-unless} in {@code catalogue/verdicts.yaml}): its
     * texts name {@code {headline}} (the grade's headline) and {@code {clause}} (one of its clauses, keyed by
     * situation, such as {@code crmShare-below}, whose texts name {@code {value}}). A rule adds it as
     * {@code sentence#clause}.
     */
    public record SentenceEntry(String key, String en, String zh, Source source, Map<String, ClauseEntry> clauses) {

        public SentenceEntry {
            clauses = Collections.unmodifiableMap(new TreeMap<>(clauses));
        }
    }

    /** One clause of a {@link SentenceEntry}: the wording for one situation ({@code crmShare-below}). */
    public record ClauseEntry(String key, String en, String zh, Source source) {
    }

    /** One recommendation code. */
    public record RecommendationEntry(String code, int priority, String en, String zh, Source source) {
    }

    /** Where an entry was written: the file as a user would open it, and the line of its code. */
    public record Source(String file, int line) {
    }

    /** A problem in a catalogue file, with file and line; errors only (a catalogue has no warnings). */
    public record Problem(Source source, String message) {
    }

    /** The catalogue with no entries (a pack without catalogue files). */
    public static final Catalogue EMPTY = new Catalogue(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), List.of());

    private final Map<String, FindingEntry> findings;
    private final Map<String, RecommendationEntry> recommendations;
    private final Map<String, HeadlineEntry> headlines;
    private final Map<String, SentenceEntry> sentences;
    private final Map<String, HeadlineEntry> confidence;
    private final List<Problem> problems;

    Catalogue(Map<String, FindingEntry> findings, Map<String, RecommendationEntry> recommendations,
              Map<String, HeadlineEntry> headlines, Map<String, SentenceEntry> sentences, Map<String, HeadlineEntry> confidence,
              List<Problem> problems) {
        this.findings = Collections.unmodifiableMap(new TreeMap<>(findings));
        this.recommendations = Collections.unmodifiableMap(new TreeMap<>(recommendations));
        this.headlines = Collections.unmodifiableMap(new TreeMap<>(headlines));
        this.sentences = Collections.unmodifiableMap(new TreeMap<>(sentences));
        this.confidence = Collections.unmodifiableMap(new TreeMap<>(confidence));
        this.problems = List.copyOf(problems);
    }

    /** The finding entry of a code, or of a variant ({@code code#variant}); null when there is none. */
    public FindingEntry finding(String key) {
        int hash = key.indexOf(VARIANT);
        if (hash < 0) {
            return findings.get(key);
        }
        FindingEntry base = findings.get(key.substring(0, hash));
        return base == null ? null : base.variants().get(key.substring(hash + 1));
    }

    /** The recommendation entry of a code, or null. */
    public RecommendationEntry recommendation(String code) {
        return recommendations.get(code);
    }

    /** The verdict headline of a grade or grade variant ({@code unproven#no-costs}), or null. */
    public HeadlineEntry headline(String key) {
        return headlines.get(key);
    }

    /**
     * Why a verdict has its confidence: the reason a confidence rule gives ({@code low#vendor-benchmarks}), or a
     * level's own reason when no rule lowered it ({@code high}); null when the catalogue has none.
     */
    public HeadlineEntry confidenceReason(String key) {
        return confidence.get(key);
    }

    /** Every confidence reason, sorted by key. */
    public Map<String, HeadlineEntry> confidenceReasons() {
        return confidence;
    }

    /** The headline sentence named {@code name} ({@code holds-unless}), or null. */
    public SentenceEntry sentence(String name) {
        return sentences.get(name);
    }

    /** The clause of a {@code sentence#clause} key ({@code holds-unless#crmShare-below}), or null. */
    public ClauseEntry clause(String key) {
        int hash = key.indexOf(VARIANT);
        SentenceEntry s = hash < 0 ? null : sentences.get(key.substring(0, hash));
        return s == null ? null : s.clauses().get(key.substring(hash + 1));
    }

    /** Every headline sentence, sorted by name. */
    public Map<String, SentenceEntry> sentences() {
        return sentences;
    }

    /** Every verdict headline, sorted by key. */
    public Map<String, HeadlineEntry> headlines() {
        return headlines;
    }

    /** Every finding entry, sorted by code. */
    public Map<String, FindingEntry> findings() {
        return findings;
    }

    /** Every recommendation entry, sorted by code. */
    public Map<String, RecommendationEntry> recommendations() {
        return recommendations;
    }

    /** What is wrong in the catalogue files; empty when they are sound. */
    public List<Problem> problems() {
        return problems;
    }

    /** The problems as a list of lines, for an exception message. */
    List<String> problemLines() {
        List<String> out = new ArrayList<>();
        problems.forEach(p -> out.add(p.source().file() + ":" + p.source().line() + ": " + p.message()));
        return out;
    }
}
