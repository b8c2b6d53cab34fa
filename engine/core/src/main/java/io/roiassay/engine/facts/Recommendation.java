package io.roiassay.engine.facts;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A recommendation a rule made, naming the findings that triggered it. */
public final class Recommendation {

    /** Compiled once: a finding or recommendation is made per case, often several. */
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)?");
    private final String code;
    private final int priority;
    private final RuleRef rule;
    private String en;
    private String zh;
    private final Set<String> because = new TreeSet<>();
    private final java.util.Map<String, Object> evidence = new java.util.LinkedHashMap<>();

    public Recommendation(String code, int priority, RuleRef rule) {
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("recommendation code must be lower-case words joined by '-': " + code);
        }
        this.code = code;
        this.priority = priority;
        this.rule = rule;
    }

    public Recommendation en(String text) { this.en = text; return this; }
    public Recommendation zh(String text) { this.zh = text; return this; }
    /** Names one finding that triggered this recommendation. */
    public Recommendation because(Finding finding) { because.add(finding.getCode()); return this; }
    /** Names every finding in a collected list. */
    public Recommendation becauseAll(List<?> findings) {
        for (Object f : findings) {
            because.add(((Finding) f).getCode());
        }
        return this;
    }
    /** Names a finding code directly. */
    public Recommendation because(String code) { because.add(code); return this; }
    /**
     * A value the catalogue text names as a placeholder ({@code {categories}}), declared under the recommendation's
     * {@code evidence:} in catalogue/recommendations.yaml: the advice says what this case has to do, not all cases.
     */
    public Recommendation evidence(String key, Object value) { evidence.put(key, value); return this; }

    public String getCode() { return code; }
    /** 1 is most urgent. */
    public int getPriority() { return priority; }
    public RuleRef getRule() { return rule; }
    public String getEn() { return en; }
    public String getZh() { return zh; }
    /** The codes of the findings that triggered it, sorted. */
    public Set<String> getBecause() { return because; }
    /** The values its text fills in, by placeholder name, in the order they were given. */
    public java.util.Map<String, Object> getEvidence() { return java.util.Collections.unmodifiableMap(evidence); }

    @Override
    public String toString() {
        return "Recommendation(" + code + ")";
    }
}
