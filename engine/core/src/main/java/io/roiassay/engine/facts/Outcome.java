package io.roiassay.engine.facts;

import io.roiassay.engine.catalogue.Catalogue;
import io.roiassay.engine.report.Placeholders;
import org.kie.api.runtime.rule.RuleContext;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Where rules write their judgments; bound in every rule session as the global {@code outcome}.
 * Each method records the rule that called it (name and file), so nothing in a report is anonymous, and
 * inserts the new object as a fact so later rules can match on it. A finding or recommendation raised by
 * its code alone takes its severity (or priority) and its texts from the pack's {@link Catalogue}.
 */
public final class Outcome {
    private final BiFunction<String, String, String> fileOfRule;
    private final Catalogue catalogue;
    private final List<Finding> findings = new ArrayList<>();
    private final List<Recommendation> recommendations = new ArrayList<>();
    private final List<AdjustmentRequest> adjustments = new ArrayList<>();
    private Verdict verdict;

    /**
     * @param fileOfRule maps (package, rule name) to the rule-pack file the rule lives in
     */
    public Outcome(BiFunction<String, String, String> fileOfRule) {
        this(fileOfRule, Catalogue.EMPTY);
    }

    /**
     * @param fileOfRule maps (package, rule name) to the rule-pack file the rule lives in
     * @param catalogue  the pack's finding and recommendation catalogue
     */
    public Outcome(BiFunction<String, String, String> fileOfRule, Catalogue catalogue) {
        this.fileOfRule = fileOfRule;
        this.catalogue = catalogue;
    }

    private RuleRef ref(RuleContext drools) {
        var rule = drools.getRule();
        return new RuleRef(rule.getName(), fileOfRule.apply(rule.getPackageName(), rule.getName()));
    }

    /**
     * The rule context behind an executable-model consequence, whose {@code drools} is a
     * {@link org.drools.model.Drools} rather than a {@link RuleContext}.
     */
    private static RuleContext context(org.drools.model.Drools drools) {
        if (drools instanceof RuleContext context) {
            return context;
        }
        throw new IllegalStateException("the rule engine gave no rule context to the consequence");
    }

    /** {@link #finding(RuleContext, String, String)} for a pack compiled to the executable model. */
    public Finding finding(org.drools.model.Drools drools, String code, String severity) {
        return finding(context(drools), code, severity);
    }

    /** {@link #finding(RuleContext, String)} for a pack compiled to the executable model. */
    public Finding finding(org.drools.model.Drools drools, String code) {
        return finding(context(drools), code);
    }

    /** {@link #recommend(RuleContext, String)} for a pack compiled to the executable model. */
    public Recommendation recommend(org.drools.model.Drools drools, String code) {
        return recommend(context(drools), code);
    }

    /** {@link #verdict(RuleContext, String, String)} for a pack compiled to the executable model. */
    public Verdict verdict(org.drools.model.Drools drools, String grade, String confidence) {
        return verdict(context(drools), grade, confidence);
    }

    /** {@link #addToHeadline(RuleContext, String, BigDecimal)} for a pack compiled to the executable model. */
    public Verdict addToHeadline(org.drools.model.Drools drools, String key, BigDecimal value) {
        return addToHeadline(context(drools), key, value);
    }

    /** {@link #confidence(RuleContext, Verdict, String)} for a pack compiled to the executable model. */
    public void confidence(org.drools.model.Drools drools, Verdict v, String confidence) {
        confidence(context(drools), v, confidence);
    }

    /** {@link #adjust(RuleContext, String, String)} for a pack compiled to the executable model. */
    public AdjustmentRequest adjust(org.drools.model.Drools drools, String step, String target) {
        return adjust(context(drools), step, target);
    }

    /**
     * {@link #adjust(RuleContext, String, String)} for every target in {@code targets} (e.g. the paths an
     * {@code accumulate} collected), each with the profile key {@code assumption}: one firing for a class of lines,
     * as rule code may not loop.
     */
    public void adjustEach(RuleContext drools, String step, java.util.Collection<?> targets, String assumption) {
        for (Object t : targets) {
            adjust(drools, step, String.valueOf(t)).assumption(assumption);
        }
    }

    /** {@link #adjustEach(RuleContext, String, java.util.Collection, String)} for a pack compiled to the executable model. */
    public void adjustEach(org.drools.model.Drools drools, String step, java.util.Collection<?> targets, String assumption) {
        adjustEach(context(drools), step, targets, assumption);
    }

    /**
     * Asks the engine to apply an adjustment step to one benefit line (its {@link BenefitFact#getKey key})
     * or to {@code costs}; the engine applies the factor the profile or case gives. A second request for the
     * same step and target is ignored, so rules need not guard against each other.
     */
    public AdjustmentRequest adjust(RuleContext drools, String step, String target) {
        AdjustmentRequest r = new AdjustmentRequest(step, target, ref(drools));
        adjustments.add(r);
        drools.getKieRuntime().insert(r);
        return r;
    }

    /** {@link #recommend(RuleContext, String, int)} for a pack compiled to the executable model. */
    public Recommendation recommend(org.drools.model.Drools drools, String code, int priority) {
        return recommend(context(drools), code, priority);
    }

    /**
     * Raises a catalogue finding: severity and texts from the catalogue entry of the code, or of one of its
     * variants ({@code "hidden-cost/training#confirm-included"}: the code worded for another situation; the
     * finding's code is the part before {@code #}). A code or variant the catalogue does not know is a
     * rule-pack error.
     */
    public Finding finding(RuleContext drools, String code) {
        Catalogue.FindingEntry e = catalogue.finding(code);
        if (e == null) {
            throw new IllegalStateException("rule '" + drools.getRule().getName() + "' raised finding " + code
                    + ", which is not in the catalogue (rules/catalogue/findings.yaml)");
        }
        return finding(drools, code, e.severity().wire());
    }

    /**
     * Raises a finding and inserts it as a fact. Severity: {@code info}, {@code warning} or {@code major}. The
     * texts come from the catalogue when it has the code (or the {@code code#variant}); {@code .en()}/{@code .zh()}
     * replace them.
     */
    public Finding finding(RuleContext drools, String code, String severity) {
        Finding f = new Finding(Catalogue.codeOf(code), severity, ref(drools)).variant(Catalogue.variantOf(code));
        Catalogue.FindingEntry e = catalogue.finding(code);
        if (e != null) {
            f.en(e.en()).zh(e.zh());
        }
        findings.add(f);
        var runtime = drools.getKieRuntime();
        var handle = runtime.insert(f);
        // .correct(...) is called after the insert: tell the rules, so a condition on the correction (an alpha
        // constraint, evaluated at insert) sees it
        f.onCorrection(() -> runtime.update(handle, f));
        return f;
    }

    /**
     * Decides the verdict and inserts it as a fact. A second verdict is a rule-pack error. The headline comes from
     * the catalogue ({@code catalogue/verdicts.yaml}) entry of the grade, or of a variant of it
     * ({@code "unproven#no-costs"}: the grade worded for another situation; the verdict's grade is the part
     * before {@code #}); {@code .en()}/{@code .zh()} replace it. A variant the catalogue does not know is a
     * rule-pack error.
     */
    public Verdict verdict(RuleContext drools, String grade, String confidence) {
        if (grade == null || confidence == null) {
            throw new IllegalStateException("rule '" + drools.getRule().getName() + "' decided a verdict without a "
                    + (grade == null ? "grade" : "confidence") + " (outcome.verdict(drools, \"positive\", \"high\")"
                    + ": a grade and a confidence, each a word of catalogue/verdicts.yaml)");
        }
        if (verdict != null) {
            throw new IllegalStateException("rule '" + drools.getRule().getName() + "' decided a second verdict; '"
                    + verdict.getRule().name() + "' already decided " + verdict.getGrade()
                    + " (guard verdict rules with: not Verdict())");
        }
        Catalogue.HeadlineEntry h = catalogue.headline(grade);
        if (h == null && grade.indexOf(Catalogue.VARIANT) >= 0) {
            throw new IllegalStateException("rule '" + drools.getRule().getName() + "' decided verdict " + grade
                    + ", which is not in the catalogue (rules/catalogue/verdicts.yaml)");
        }
        verdict = new Verdict(Catalogue.codeOf(grade), Catalogue.codeOf(confidence), ref(drools))
                .variant(Catalogue.variantOf(grade));
        if (h != null) {
            verdict.en(h.en()).zh(h.zh());
        }
        reason(drools, verdict, confidence);
        drools.getKieRuntime().insert(verdict);
        return verdict;
    }

    /**
     * Adds a catalogue sentence to the verdict's headline, in English and Chinese: {@code key} is
     * {@code sentence#clause} ({@code "holds-unless#crmShare-below"}, in {@code catalogue/verdicts.yaml}); the
     * clause's {@code {value}} reads {@code value} without trailing zeros (0.395), {@code {value:percent}} as a
     * percentage (39.5%), the sentence's {@code {headline}}
     * and {@code {clause}} the headline so far and the clause. A sentence or clause the catalogue does not know, or
     * no verdict yet, is a rule-pack error.
     */
    public Verdict addToHeadline(RuleContext drools, String key, BigDecimal value) {
        String rule = drools.getRule().getName();
        if (verdict == null) {
            throw new IllegalStateException("rule '" + rule + "' added " + key + " to the headline before a verdict"
                    + " was decided (match Verdict() first)");
        }
        int hash = key.indexOf(Catalogue.VARIANT);
        Catalogue.SentenceEntry sentence = catalogue.sentence(hash < 0 ? key : key.substring(0, hash));
        Catalogue.ClauseEntry clause = catalogue.clause(key);
        if (sentence == null || clause == null) {
            throw new IllegalStateException("rule '" + rule + "' added " + key + " to the headline, which is not in"
                    + " the catalogue (rules/catalogue/verdicts.yaml: a sentence and one of its clauses)");
        }
        Map<String, Object> values = Map.of("value", value == null ? "—" : plain(value));
        verdict.en(Placeholders.fill(sentence.en(), Map.of("headline", nonNull(verdict.getEn()),
                "clause", Placeholders.fill(clause.en(), values))));
        verdict.zh(Placeholders.fill(sentence.zh(), Map.of("headline", nonNull(verdict.getZh()),
                "clause", Placeholders.fill(clause.zh(), values))));
        return verdict;
    }

    /** The catalogue's reason for a confidence key ({@code high}, {@code low#vendor-benchmarks}) on the verdict. */
    private void reason(RuleContext drools, Verdict v, String key) {
        Catalogue.HeadlineEntry r = catalogue.confidenceReason(key);
        if (r == null && key.indexOf(Catalogue.VARIANT) >= 0) {
            throw new IllegalStateException("rule '" + drools.getRule().getName() + "' gave confidence " + key
                    + ", whose reason is not in the catalogue (rules/catalogue/verdicts.yaml, under confidence:)");
        }
        v.confidenceReason(r == null ? null : r.en(), r == null ? null : r.zh());
    }

    /** The value without trailing zeros and never in exponent form (10, not 1E+1), for {@code {value}} and {@code {value:percent}}. */
    private static BigDecimal plain(BigDecimal v) {
        BigDecimal stripped = v.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /**
     * Lowers (or sets) the verdict's confidence, recording the rule that did it: {@code confidence} is a level
     * ({@code "medium"}) or a level with its reason ({@code "low#vendor-benchmarks"}), whose texts come from the
     * catalogue's {@code confidence:} section; a reason the catalogue does not know is a rule-pack error.
     */
    public void confidence(RuleContext drools, Verdict v, String confidence) {
        v.setConfidence(Catalogue.codeOf(confidence));
        reason(drools, v, confidence);
        v.confidenceChangedBy(ref(drools));
        var rt = drools.getKieRuntime();
        rt.update(rt.getFactHandle(v), v);
    }

    /**
     * Makes a catalogue recommendation: priority and texts from the catalogue entry of the code. A code the
     * catalogue does not know is a rule-pack error.
     */
    public Recommendation recommend(RuleContext drools, String code) {
        Catalogue.RecommendationEntry e = catalogue.recommendation(code);
        if (e == null) {
            throw new IllegalStateException("rule '" + drools.getRule().getName() + "' made recommendation " + code
                    + ", which is not in the catalogue (rules/catalogue/recommendations.yaml)");
        }
        return recommend(drools, code, e.priority());
    }

    /**
     * Makes a recommendation and inserts it as a fact. Priority 1 is most urgent. The texts come from the
     * catalogue when it has the code; {@code .en()}/{@code .zh()} replace them.
     */
    public Recommendation recommend(RuleContext drools, String code, int priority) {
        Recommendation r = new Recommendation(code, priority, ref(drools));
        Catalogue.RecommendationEntry e = catalogue.recommendation(code);
        if (e != null) {
            r.en(e.en()).zh(e.zh());
        }
        recommendations.add(r);
        drools.getKieRuntime().insert(r);
        return r;
    }

    /** The findings in the order they were raised. */
    public List<Finding> findings() { return Collections.unmodifiableList(findings); }
    /** The verdict, or null when no verdict rule fired. */
    public Verdict verdict() { return verdict; }
    /** The adjustments the rules asked for, in the order they were asked. */
    public List<AdjustmentRequest> adjustments() { return Collections.unmodifiableList(adjustments); }
    /** The recommendations in the order they were made. */
    public List<Recommendation> recommendations() { return Collections.unmodifiableList(recommendations); }
}
