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

    public String getCode() { return code; }
    /** 1 is most urgent. */
    public int getPriority() { return priority; }
    public RuleRef getRule() { return rule; }
    public String getEn() { return en; }
    public String getZh() { return zh; }
    /** The codes of the findings that triggered it, sorted. */
    public Set<String> getBecause() { return because; }

    @Override
    public String toString() {
        return "Recommendation(" + code + ")";
    }
}
