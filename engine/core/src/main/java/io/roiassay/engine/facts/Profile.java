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
     * One assumption: its value, where the number comes from ({@code note}: a document and year, or
     * "assumption"), and which rule set it — rule name, pack-relative file and, for a decision table, the
     * table row (0 when the rule is not a table row; rule and file are null when no rule set it, e.g. the
     * case's own {@code assumptions}); with the note in Chinese when a rule gave one (a zh-CN report shows
     * {@code noteZh}, else {@code note}).
     */
    public record Assumption(Object value, String note, String rule, String file, int row, String noteZh) {
        /** An assumption whose note has no Chinese wording. */
        public Assumption(Object value, String note, String rule, String file, int row) {
            this(value, note, rule, file, row, null);
        }

        /** An assumption no rule set. */
        public Assumption(Object value, String note) {
            this(value, note, null, null, 0, null);
        }
    }

    /** The rule now firing, so each assumption records which rule (and table row) set it. */
    private String firingRule;
    private String firingFile;
    private int firingRow;

    /** A table cell that matches every industry, segment or deployment. */
    public static final String ANY = "any";

    private String industry;
    private boolean industryRecognised;
    private String segment;
    private String deployment;
    private final Map<String, Assumption> assumptions = new TreeMap<>();
    /** Set once the profile phase is over: later phases read the assumptions but cannot change them. */
    private boolean frozen;

    /** Canonical industry id ({@code retail}, {@code pharma} …); null until classified. */
    public String getIndustry() { return industry; }
    public void setIndustry(String industry) { unfrozen("setIndustry"); this.industry = industry; }
    /** Whether the industry text matched a known industry or alias (false means {@code other} was used). */
    public boolean isIndustryRecognised() { return industryRecognised; }
    public void setIndustryRecognised(boolean recognised) { unfrozen("setIndustryRecognised"); this.industryRecognised = recognised; }
    /** {@code small}, {@code mid-size} or {@code large}; null until classified. */
    public String getSegment() { return segment; }
    public void setSegment(String segment) { unfrozen("setSegment"); this.segment = segment; }
    /** {@code saas}, {@code on-premise} or {@code hybrid}. */
    public String getDeployment() { return deployment; }
    public void setDeployment(String deployment) { unfrozen("setDeployment"); this.deployment = deployment; }

    /** Whether industry, segment and deployment are all classified. */
    public boolean isClassified() { return industry != null && segment != null && deployment != null; }
    /**
     * For decision-table rows: the profile is classified and its industry is {@code id} (or {@code id} is
     * {@code any}).
     */
    public boolean industryIs(String id) { return isClassified() && (ANY.equals(id) || id.equals(industry)); }
    /** For decision-table rows: classified, and the segment is {@code id} (or {@code id} is {@code any}). */
    public boolean segmentIs(String id) { return isClassified() && (ANY.equals(id) || id.equals(segment)); }
    /** For decision-table rows: classified, and the deployment is {@code id} (or {@code id} is {@code any}). */
    public boolean deploymentIs(String id) { return isClassified() && (ANY.equals(id) || id.equals(deployment)); }

    /** Whether the company is mid-size or large. */
    public boolean isMidSizeOrLarge() { return "mid-size".equals(segment) || "large".equals(segment); }

    /** Sets a numeric assumption with a note of its source ("assumption" when it has none). */
    public void set(String name, BigDecimal value, String note) {
        unfrozen(name);
        assumptions.put(name, new Assumption(value, note, firingRule, firingFile, firingRow));
    }

    /** Sets a numeric assumption with a note of its source in English and in Chinese. */
    public void set(String name, BigDecimal value, String note, String noteZh) {
        unfrozen(name);
        assumptions.put(name, new Assumption(value, note, firingRule, firingFile, firingRow, noteZh));
    }

    /** Sets a textual assumption with a note of its source in English and in Chinese. */
    public void setText(String name, String value, String note, String noteZh) {
        unfrozen(name);
        assumptions.put(name, new Assumption(value, note, firingRule, firingFile, firingRow, noteZh));
    }

    /** Sets a textual assumption (e.g. a hidden-cost base) with a note of its source. */
    public void setText(String name, String value, String note) {
        unfrozen(name);
        assumptions.put(name, new Assumption(value, note, firingRule, firingFile, firingRow));
    }

    /**
     * Replaces the note of an assumption already set (a decision table's source column, which follows the
     * value column), dropping a Chinese note that no longer matches; does nothing when the assumption is not set.
     */
    public void note(String name, String note) {
        unfrozen(name);
        Assumption a = assumptions.get(name);
        if (a != null) {
            assumptions.put(name, new Assumption(a.value(), note, a.rule(), a.file(), a.row()));
        }
    }

    /**
     * Sets the Chinese note of an assumption already set (a decision table's Chinese source column, which
     * follows the English one); does nothing when the assumption is not set.
     */
    public void noteZh(String name, String noteZh) {
        unfrozen(name);
        Assumption a = assumptions.get(name);
        if (a != null) {
            assumptions.put(name, new Assumption(a.value(), a.note(), a.rule(), a.file(), a.row(), noteZh));
        }
    }

    /**
     * Names the rule about to fire (set by the engine before each rule that matched this profile), so the
     * assumptions it sets record it; null clears it.
     */
    public void firing(String rule, String file, int row) {
        this.firingRule = rule;
        this.firingFile = file;
        this.firingRow = row;
    }

    /**
     * Ends the profile phase for this case: from now on a rule that sets an assumption or the classification
     * fails (exit 3) instead of changing a value the report would show but the figures never used (the Java
     * arithmetic reads the profile once, after the profile phase). Called by the engine, refused in rule code.
     */
    public void freeze() {
        frozen = true;
    }

    private void unfrozen(String what) {
        if (frozen) {
            throw new IllegalStateException("'" + what + "' was set on the profile after the profile phase"
                    + (firingRule == null ? "" : " (by rule '" + firingRule + "')") + "; the figures were computed"
                    + " from the profile as it stood then: set assumptions in a rule of agenda-group \"profile\""
                    + " (rules/profiles/) or in a profile table row of phase 'profile'");
        }
    }

    /** A copy of this profile (classification and assumptions), with no rule firing. */
    public Profile copy() {
        Profile p = new Profile();
        p.industry = industry;
        p.industryRecognised = industryRecognised;
        p.segment = segment;
        p.deployment = deployment;
        p.assumptions.putAll(assumptions);
        return p;
    }

    /**
     * Takes over another profile's classification and assumptions (a resolved profile from the cache, in
     * place of this case's classified one); the rule firing is left as it is.
     */
    public void restore(Profile from) {
        industry = from.industry;
        industryRecognised = from.industryRecognised;
        segment = from.segment;
        deployment = from.deployment;
        assumptions.clear();
        assumptions.putAll(from.assumptions);
    }

    /**
     * What this profile is now, as a value: two profiles with equal states resolve to the same assumptions
     * under the same rules (the classification phase's result, used as part of the profile cache's key).
     */
    public java.util.List<Object> state() {
        return java.util.Arrays.asList(industry, industryRecognised, segment, deployment, Map.copyOf(assumptions));
    }

    /** A numeric assumption, or null when the profile has none by that name. */
    public BigDecimal number(String name) {
        Assumption a = assumptions.get(name);
        return a != null && a.value() instanceof BigDecimal d ? d : null;
    }

    /**
     * Where an assumption comes from, in both report languages (the Chinese note when a rule gave one, else the
     * English), for a finding's evidence: a report shows the wording of its language. Null when there is none.
     */
    public io.roiassay.plugin.Text noteText(String name) {
        Assumption a = assumptions.get(name);
        if (a == null || a.note() == null || a.note().isBlank()) {
            return null;
        }
        return io.roiassay.plugin.Text.of(a.note(), a.noteZh() == null || a.noteZh().isBlank() ? a.note() : a.noteZh());
    }

    /** A textual assumption, or null. */
    public String text(String name) {
        Assumption a = assumptions.get(name);
        return a != null && a.value() instanceof String s ? s : null;
    }

    /**
     * The assumption revenue is turned into profit at when the case gives no gross margin: the industry's
     * revenue margin ({@code revenueMarginRate}: a net interest or underwriting margin for banks and insurers)
     * when the profile has one, else its {@code typicalGrossMargin}. The adjustment planner and the
     * data/missing-margin finding both quote this key, so they cannot disagree.
     */
    public String revenueMarginKey() {
        return number(ProfileKeys.REVENUE_MARGIN) != null ? ProfileKeys.REVENUE_MARGIN : ProfileKeys.TYPICAL_GROSS_MARGIN;
    }

    /** Whether an assumption of this name is set. */
    public boolean has(String name) { return assumptions.containsKey(name); }

    /** The note of a value the case's {@code assumptions} block set (the engine writes it; rules never do). */
    public static final String CASE_NOTE = "case";

    /** Whether the case, not a rule, set this assumption (its {@code assumptions} block). */
    public boolean fromCase(String name) {
        Assumption a = assumptions.get(name);
        return a != null && a.rule() == null && CASE_NOTE.equals(a.note());
    }

    /** All assumptions, sorted by name. */
    public Map<String, Assumption> getAssumptions() { return Collections.unmodifiableMap(assumptions); }

    @Override
    public String toString() {
        return "Profile(" + industry + ", " + segment + ", " + deployment + ")";
    }
}
