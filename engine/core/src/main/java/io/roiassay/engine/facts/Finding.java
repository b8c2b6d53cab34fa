package io.roiassay.engine.facts;

import io.roiassay.engine.catalogue.Family;
import io.roiassay.engine.catalogue.Severity;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A finding raised by a rule: a hidden cost, a calculation mistake, an input-quality or classification
 * note, or a plugin failure. Rules create it with {@link Outcome#finding} and complete it fluently:
 * <pre>
 * outcome.finding(drools, "hidden-cost/training")
 *        .evidence("costCategories", $t.getCostCategories())
 *        .estimate("training");
 * </pre>
 * The severity and the English and Chinese texts come from the catalogue ({@code rules/catalogue/});
 * {@code outcome.finding(drools, code, severity)} with {@code .en(…)}/{@code .zh(…)} sets them in the rule.
 * Messages may name evidence values in braces ({@code {adoptionRate}}) and {@code {estimate}}; the report
 * writer fills them in. Code family and severity are checked against {@link Family} and {@link Severity}.
 */
public final class Finding {

    /** Compiled once: a finding or recommendation is made per case, often several. */
    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]*");
    private final String code;
    private final Family family;
    private final Severity severity;
    private final RuleRef rule;
    private String variant;
    private String en;
    private String zh;
    private final Map<String, Object> evidence = new LinkedHashMap<>();
    private String estimateCategory;
    private BigDecimal estimate;
    private String correction;
    private final java.util.List<String> correctionTargets = new java.util.ArrayList<>();

    private transient Runnable onCorrection;

    /** A finding with the given code ({@code family/name}), severity ({@code info|warning|major}) and rule. */
    public Finding(String code, String severity, RuleRef rule) {
        int slash = code.indexOf('/');
        Family f = slash > 0 ? Family.of(code.substring(0, slash)) : null;
        if (f == null || !NAME.matcher(code.substring(slash + 1)).matches()) {
            throw new IllegalArgumentException("finding code must be family/name with family one of " + Family.names()
                    + ": " + code);
        }
        Severity s = Severity.of(severity);
        if (s == null) {
            throw new IllegalArgumentException("severity must be one of " + Severity.names() + ": " + severity);
        }
        this.code = code;
        this.family = f;
        this.severity = s;
        this.rule = rule;
    }

    /** Records the catalogue variant the rule raised ({@code time-behind-sales} of {@code mistake/double-counting#time-behind-sales}). */
    Finding variant(String variant) { this.variant = variant; return this; }

    /** Sets the English message. */
    public Finding en(String message) { this.en = message; return this; }
    /** Sets the Chinese message. */
    public Finding zh(String message) { this.zh = message; return this; }
    /**
     * Adds one piece of evidence: a case value that triggered the rule. A number must be one a report can print —
     * at most {@value #MAX_DIGITS} digits and a scale within ±{@value #MAX_DIGITS} — and a text at most
     * {@value #MAX_TEXT} characters: a rule squaring 1e-20 a few dozen times made a number whose JSON took minutes
     * and gigabytes after every rule limit had passed. A value past them fails the rule, which names itself (exit 3).
     * A {@link io.roiassay.plugin.Text} (both languages) is shown in the report's language.
     */
    public Finding evidence(String name, Object value) {
        if (value instanceof BigDecimal d && (d.precision() > MAX_DIGITS || Math.abs((long) d.scale()) > MAX_DIGITS)) {
            throw new IllegalArgumentException("evidence '" + name + "' is a number of " + d.precision()
                    + " digits at scale " + d.scale() + ", beyond what a report prints (" + MAX_DIGITS + " digits)");
        }
        if ((value instanceof Double || value instanceof Float) && !Double.isFinite(((Number) value).doubleValue())) {
            throw new IllegalArgumentException("evidence '" + name + "' is " + value + ", not a number a report can print");
        }
        if (value instanceof CharSequence t && t.length() > MAX_TEXT) {
            throw new IllegalArgumentException("evidence '" + name + "' is a text of " + t.length()
                    + " characters, beyond what a finding prints (" + MAX_TEXT + ")");
        }
        if (value instanceof io.roiassay.plugin.Text t && Math.max(t.en().length(), t.zh().length()) > MAX_TEXT) {
            throw new IllegalArgumentException("evidence '" + name + "' is a text of " + Math.max(t.en().length(), t.zh().length())
                    + " characters, beyond what a finding prints (" + MAX_TEXT + ")");
        }
        evidence.put(name, value);
        return this;
    }

    /** One piece of evidence by name, or null (for rule conditions: {@code evidenceOf("category") == "training"}). */
    public Object evidenceOf(String name) { return evidence.get(name); }

    /** The most digits (and the largest scale) of a number given as evidence. */
    public static final int MAX_DIGITS = 100;
    /** The longest text given as evidence. */
    public static final int MAX_TEXT = 10_000;
    /** Asks the engine to estimate the missing cost category from the profile. */
    public Finding estimate(String costCategory) { this.estimateCategory = costCategory; return this; }

    /**
     * Asks the engine to correct the error in the adjusted figures before the verdict. Corrections:
     * {@code extend-recurring-costs} (targets: cost paths; continue them to the last benefit period),
     * {@code repeat-once-costs} (cost paths; pay them every year of the horizon), {@code keep-smaller}
     * (two groups of benefit keys, the first target then the second, separated by {@code "|"}: the larger
     * group is dropped), {@code drop-lines} (benefit keys).
     */
    public Finding correct(String correction, java.util.List<?> targets) {
        this.correction = correction;
        targets.forEach(t -> correctionTargets.add(String.valueOf(t)));
        if (onCorrection != null) {
            onCorrection.run();
        }
        return this;
    }

    /** What to run when {@link #correct} completes the finding (the engine updates its fact). */
    void onCorrection(Runnable action) {
        this.onCorrection = action;
    }

    /** The correction this finding asked for, or null. */
    public String getCorrection() { return correction; }
    /** What the correction applies to (cost paths or benefit keys). */
    public java.util.List<String> getCorrectionTargets() { return Collections.unmodifiableList(correctionTargets); }

    public String getCode() { return code; }
    /**
     * The catalogue variant the finding was raised as (the part after {@code #}: {@code time-behind-sales}), or null
     * for the code's own wording; lets a later rule tell two situations of one code apart.
     */
    public String getVariant() { return variant; }
    /** The part before the slash: {@code hidden-cost}, {@code mistake}, {@code data}, {@code profile}, {@code plugin}. */
    public String getFamily() { return family.wire(); }
    /** The family as an enum, for Java code (rules compare the wire name, {@link #getFamily()}). */
    public Family familyEnum() { return family; }
    /** {@code info}, {@code warning} or {@code major}. */
    public String getSeverity() { return severity.wire(); }
    /** The severity as an enum, for Java code (rules compare the wire name, {@link #getSeverity()}). */
    public Severity severityEnum() { return severity; }
    public boolean isMajor() { return severity == Severity.MAJOR; }
    public RuleRef getRule() { return rule; }
    public String getEn() { return en; }
    public String getZh() { return zh; }
    public Map<String, Object> getEvidence() { return Collections.unmodifiableMap(evidence); }
    /** The cost category to estimate, or null. */
    public String getEstimateCategory() { return estimateCategory; }
    /** The estimated amount over the horizon, set by the engine after the findings phase; null if none. */
    public BigDecimal getEstimate() { return estimate; }
    public void setEstimate(BigDecimal estimate) { this.estimate = estimate; }

    @Override
    public String toString() {
        return "Finding(" + code + ", " + severity + ")";
    }
}
