package io.roiassay.engine.facts;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The industry profile the rules build for a case: industry, size segment, deployment and the named
 * assumptions later rules and the Java arithmetic use, each with a note saying where it comes from.
 * Profile rules fill it; the case's {@code assumptions} then override values (note "case").
 */
public final class Profile {

    /**
     * One assumption: its value and where the number comes from, with the note in Chinese when a rule gave one
     * (a zh-CN report shows {@code noteZh}, else {@code note}).
     */
    public record Assumption(Object value, String note, String noteZh) {

        /** An assumption whose note has no Chinese wording. */
        public Assumption(Object value, String note) {
            this(value, note, null);
        }
    }

    private String industry;
    private boolean industryRecognised;
    private String segment;
    private String deployment;
    private final Map<String, Assumption> assumptions = new TreeMap<>();

    /** Canonical industry id ({@code retail}, {@code pharma} …); null until classified. */
    public String getIndustry() { return industry; }
    public void setIndustry(String industry) { this.industry = industry; }
    /** Whether the industry text matched a known industry or alias (false means {@code other} was used). */
    public boolean isIndustryRecognised() { return industryRecognised; }
    public void setIndustryRecognised(boolean recognised) { this.industryRecognised = recognised; }
    /** {@code small}, {@code mid-size} or {@code large}; null until classified. */
    public String getSegment() { return segment; }
    public void setSegment(String segment) { this.segment = segment; }
    /** {@code saas}, {@code on-premise} or {@code hybrid}. */
    public String getDeployment() { return deployment; }
    public void setDeployment(String deployment) { this.deployment = deployment; }

    /** Whether the company is mid-size or large. */
    public boolean isMidSizeOrLarge() { return "mid-size".equals(segment) || "large".equals(segment); }

    /** Sets a numeric assumption with a note of its source ("assumption" when it has none). */
    public void set(String name, BigDecimal value, String note) {
        assumptions.put(name, new Assumption(value, note));
    }

    /** Sets a numeric assumption with a note of its source in English and in Chinese. */
    public void set(String name, BigDecimal value, String note, String noteZh) {
        assumptions.put(name, new Assumption(value, note, noteZh));
    }

    /** Sets a textual assumption with a note of its source in English and in Chinese. */
    public void setText(String name, String value, String note, String noteZh) {
        assumptions.put(name, new Assumption(value, note, noteZh));
    }

    /** Sets a textual assumption (e.g. a hidden-cost base) with a note of its source. */
    public void setText(String name, String value, String note) {
        assumptions.put(name, new Assumption(value, note));
    }

    /** A numeric assumption, or null when the profile has none by that name. */
    public BigDecimal number(String name) {
        Assumption a = assumptions.get(name);
        return a != null && a.value() instanceof BigDecimal d ? d : null;
    }

    /** A textual assumption, or null. */
    public String text(String name) {
        Assumption a = assumptions.get(name);
        return a != null && a.value() instanceof String s ? s : null;
    }

    /** Whether an assumption of this name is set. */
    public boolean has(String name) { return assumptions.containsKey(name); }

    /** All assumptions, sorted by name. */
    public Map<String, Assumption> getAssumptions() { return Collections.unmodifiableMap(assumptions); }

    @Override
    public String toString() {
        return "Profile(" + industry + ", " + segment + ", " + deployment + ")";
    }
}
