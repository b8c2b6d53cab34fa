package io.roiassay.engine.facts;

/**
 * The verdict a rule decided: a grade ({@code strong}, {@code positive}, {@code marginal}, {@code negative},
 * {@code unproven}), a confidence ({@code high}, {@code medium}, {@code low}) and a one-line headline.
 * Later rules may lower the confidence with {@code modify}.
 */
public final class Verdict {
    private final String grade;
    private String confidence;
    private final RuleRef rule;
    private String en;
    private String zh;
    private RuleRef confidenceRule;

    public Verdict(String grade, String confidence, RuleRef rule) {
        if (!grade.matches("strong|positive|marginal|negative|unproven")) {
            throw new IllegalArgumentException("grade must be strong, positive, marginal, negative or unproven: " + grade);
        }
        checkConfidence(confidence);
        this.grade = grade;
        this.confidence = confidence;
        this.rule = rule;
    }

    private static void checkConfidence(String confidence) {
        if (!confidence.matches("high|medium|low")) {
            throw new IllegalArgumentException("confidence must be high, medium or low: " + confidence);
        }
    }

    /** Sets the English headline. */
    public Verdict en(String headline) { this.en = headline; return this; }
    /** Sets the Chinese headline. */
    public Verdict zh(String headline) { this.zh = headline; return this; }

    public String getGrade() { return grade; }
    public String getConfidence() { return confidence; }
    public RuleRef getRule() { return rule; }
    public String getEn() { return en; }
    public String getZh() { return zh; }
    /** The rule that last changed the confidence, or null. */
    public RuleRef getConfidenceRule() { return confidenceRule; }

    /** Changes the confidence; the engine records which rule did it. */
    public void setConfidence(String confidence) {
        checkConfidence(confidence);
        this.confidence = confidence;
    }

    void confidenceChangedBy(RuleRef ref) { this.confidenceRule = ref; }

    @Override
    public String toString() {
        return "Verdict(" + grade + ", " + confidence + ")";
    }
}
