package io.roiassay.engine.facts;

import org.kie.api.runtime.rule.RuleContext;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Where rules write their judgments; bound in every rule session as the global {@code outcome}.
 * Each method records the rule that called it (name and file), so nothing in a report is anonymous, and
 * inserts the new object as a fact so later rules can match on it.
 */
public final class Outcome {
    private final BiFunction<String, String, String> fileOfRule;
    private final List<Finding> findings = new ArrayList<>();
    private final List<Recommendation> recommendations = new ArrayList<>();
    private Verdict verdict;

    /**
     * @param fileOfRule maps (package, rule name) to the rule-pack file the rule lives in
     */
    public Outcome(BiFunction<String, String, String> fileOfRule) {
        this.fileOfRule = fileOfRule;
    }

    private RuleRef ref(RuleContext drools) {
        var rule = drools.getRule();
        return new RuleRef(rule.getName(), fileOfRule.apply(rule.getPackageName(), rule.getName()));
    }

    /** Raises a finding and inserts it as a fact. Severity: {@code info}, {@code warning} or {@code major}. */
    public Finding finding(RuleContext drools, String code, String severity) {
        Finding f = new Finding(code, severity, ref(drools));
        findings.add(f);
        drools.getKieRuntime().insert(f);
        return f;
    }

    /** Decides the verdict and inserts it as a fact. A second verdict is a rule-pack error. */
    public Verdict verdict(RuleContext drools, String grade, String confidence) {
        if (verdict != null) {
            throw new IllegalStateException("rule '" + drools.getRule().getName() + "' decided a second verdict; '"
                    + verdict.getRule().name() + "' already decided " + verdict.getGrade()
                    + " (guard verdict rules with: not Verdict())");
        }
        verdict = new Verdict(grade, confidence, ref(drools));
        drools.getKieRuntime().insert(verdict);
        return verdict;
    }

    /** Lowers (or sets) the verdict's confidence, recording the rule that did it. */
    public void confidence(RuleContext drools, Verdict v, String confidence) {
        v.setConfidence(confidence);
        v.confidenceChangedBy(ref(drools));
        var rt = drools.getKieRuntime();
        rt.update(rt.getFactHandle(v), v);
    }

    /** Makes a recommendation and inserts it as a fact. Priority 1 is most urgent. */
    public Recommendation recommend(RuleContext drools, String code, int priority) {
        Recommendation r = new Recommendation(code, priority, ref(drools));
        recommendations.add(r);
        drools.getKieRuntime().insert(r);
        return r;
    }

    /** The findings in the order they were raised. */
    public List<Finding> findings() { return Collections.unmodifiableList(findings); }
    /** The verdict, or null when no verdict rule fired. */
    public Verdict verdict() { return verdict; }
    /** The recommendations in the order they were made. */
    public List<Recommendation> recommendations() { return Collections.unmodifiableList(recommendations); }
}
