package io.roiassay.engine.facts;

import io.roiassay.engine.catalogue.Confidence;
import io.roiassay.engine.catalogue.Grade;

/**
 * The verdict a rule decided: a grade ({@code strong}, {@code positive}, {@code marginal}, {@code negative},
 * {@code unproven}), a confidence ({@code high}, {@code medium}, {@code low}) and a one-line headline.
 * Later rules may lower the confidence with {@code modify}.
 */
public final class Verdict {
    private final Grade grade;
    private Confidence confidence;
    private final RuleRef rule;
    private String en;
    private String zh;
    private RuleRef confidenceRule;
    private String confidenceEn;
    private String confidenceZh;
    /** The catalogue variant of the grade the rule decided ({@code share-unknown} of {@code unproven#share-unknown}), or null. */
    private String variant;

    /** A verdict with a grade and confidence by their wire names, decided by the given rule. */
    public Verdict(String grade, String confidence, RuleRef rule) {
        Grade g = Grade.of(grade);
        if (g == null) {
            throw new IllegalArgumentException("grade must be one of " + Grade.names() + ": " + grade);
        }
        this.grade = g;
        this.confidence = checkConfidence(confidence);
        this.rule = rule;
    }

    private static Confidence checkConfidence(String confidence) {
        Confidence c = Confidence.of(confidence);
        if (c == null) {
            throw new IllegalArgumentException("confidence must be one of " + Confidence.names() + ": " + confidence);
        }
        return c;
    }

    /** Records the headline variant the deciding rule named; set by the engine when the verdict is decided. */
    Verdict variant(String variant) { this.variant = variant; return this; }
    /** The headline variant the deciding rule named ({@code share-unknown}), or null for the grade's own headline. */
    public String getVariant() { return variant; }
    /** Sets the English headline. */
    public Verdict en(String headline) { this.en = headline; return this; }
    /** Sets the Chinese headline. */
    public Verdict zh(String headline) { this.zh = headline; return this; }

    public String getGrade() { return grade.wire(); }
    public String getConfidence() { return confidence.wire(); }
    /** The grade as an enum, for Java code (rules compare the wire name, {@link #getGrade()}). */
    public Grade gradeEnum() { return grade; }
    /** The confidence as an enum, for Java code. */
    public Confidence confidenceEnum() { return confidence; }
    public RuleRef getRule() { return rule; }
    public String getEn() { return en; }
    public String getZh() { return zh; }
    /** The rule that last changed the confidence, or null. */
    public RuleRef getConfidenceRule() { return confidenceRule; }

    /** Why the verdict has its confidence, in English (from the catalogue), or null. */
    public String getConfidenceEn() { return confidenceEn; }
    /** Why the verdict has its confidence, in Chinese, or null. */
    public String getConfidenceZh() { return confidenceZh; }

    /** Sets the reason for the confidence (null texts: none). */
    void confidenceReason(String en, String zh) {
        this.confidenceEn = en;
        this.confidenceZh = zh;
    }

    /** Changes the confidence; the engine records which rule did it. */
    public void setConfidence(String confidence) {
        this.confidence = checkConfidence(confidence);
    }

    void confidenceChangedBy(RuleRef ref) { this.confidenceRule = ref; }

    @Override
    public String toString() {
        return "Verdict(" + grade + ", " + confidence + ")";
    }
}
