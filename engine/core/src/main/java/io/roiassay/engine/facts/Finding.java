package io.roiassay.engine.facts;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A finding raised by a rule: a hidden cost, a calculation mistake, an input-quality or classification
 * note, or a plugin failure. Rules create it with {@link Outcome#finding} and complete it fluently:
 * <pre>
 * outcome.finding(drools, "hidden-cost/training", "warning")
 *        .en("No training cost was entered.")
 *        .zh("未录入培训费用。")
 *        .evidence("costCategories", $t.getCostCategories())
 *        .estimate("training");
 * </pre>
 * Messages may name evidence values in braces ({@code {adoptionRate}}) and {@code {estimate}}; the report
 * writer fills them in.
 */
public final class Finding {

    /** Compiled once: a finding or recommendation is made per case, often several. */
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("(hidden-cost|mistake|data|profile|plugin)/[a-z0-9][a-z0-9-]*");
    private final String code;
    private final String severity;
    private final RuleRef rule;
    private String en;
    private String zh;
    private final Map<String, Object> evidence = new LinkedHashMap<>();
    private String estimateCategory;
    private BigDecimal estimate;

    public Finding(String code, String severity, RuleRef rule) {
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("finding code must be family/name with a known family: " + code);
        }
        if (!severity.matches("info|warning|major")) {
            throw new IllegalArgumentException("severity must be info, warning or major: " + severity);
        }
        this.code = code;
        this.severity = severity;
        this.rule = rule;
    }

    /** Sets the English message. */
    public Finding en(String message) { this.en = message; return this; }
    /** Sets the Chinese message. */
    public Finding zh(String message) { this.zh = message; return this; }
    /** Adds one piece of evidence: a case value that triggered the rule. */
    public Finding evidence(String name, Object value) { evidence.put(name, value); return this; }
    /** Asks the engine to estimate the missing cost category from the profile. */
    public Finding estimate(String costCategory) { this.estimateCategory = costCategory; return this; }

    public String getCode() { return code; }
    /** The part before the slash: {@code hidden-cost}, {@code mistake}, {@code data}, {@code profile}, {@code plugin}. */
    public String getFamily() { return code.substring(0, code.indexOf('/')); }
    /** {@code info}, {@code warning} or {@code major}. */
    public String getSeverity() { return severity; }
    public boolean isMajor() { return "major".equals(severity); }
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
