package io.roiassay.engine.rules;

import io.roiassay.engine.catalogue.Catalogue;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;

import java.util.List;

/** A {@link RulePack} backed by a compiled Drools {@link KieBase}; immutable and shared by all runs. */
final class DroolsRulePack implements RulePack {

    private final KieBase kieBase;
    private final List<RuleFile> files;
    private final String hash;
    private final RuleIndex index;
    private final Catalogue catalogue;
    /**
     * Sessions are pooled (Drools resets a disposed pooled session): creating one per case was a measurable
     * share of batch time and the one step that did not scale across threads.
     */
    private final KieSessionsPool sessions;
    private final RuleLimits limits;

    /** With the rule index and catalogue already read from {@code files} (e.g. while the knowledge base loaded). */
    DroolsRulePack(KieBase kieBase, List<RuleFile> files, String hash, RuleIndex index, Catalogue catalogue) {
        this(kieBase, files, hash, index, catalogue, RuleLimits.DEFAULT);
    }

    private DroolsRulePack(KieBase kieBase, List<RuleFile> files, String hash, RuleIndex index, Catalogue catalogue,
                           RuleLimits limits) {
        this.limits = limits;
        this.kieBase = kieBase;
        this.files = List.copyOf(files);
        this.hash = hash;
        this.index = index;
        this.catalogue = catalogue;
        this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
    }

    /** The pack-relative file of a rule, or "?" when unknown. */
    String fileOf(String packageName, String ruleName) {
        return index.fileOf(packageName, ruleName);
    }

    /** The file and, for a decision-table row, the row a rule comes from ("?" and 0 when unknown). */
    RuleIndex.Source sourceOf(String packageName, String ruleName) {
        return index.sourceOf(packageName, ruleName);
    }

    /** The compiled knowledge base, for {@link RuleLint}. */
    KieBase kieBase() {
        return kieBase;
    }

    /** The pack's finding and recommendation catalogue. */
    Catalogue catalogue() {
        return catalogue;
    }

    @Override
    public RuleRun newRun() {
        return new DroolsRuleRun(sessions.newKieSession(), index::sourceOf, limits, catalogue);
    }

    @Override
    public RulePack withLimits(RuleLimits limits) {
        return limits.equals(this.limits) ? this : new DroolsRulePack(kieBase, files, hash, index, catalogue, limits);
    }

    @Override
    public String contentHash() {
        return hash;
    }

    @Override
    public List<RuleFile> files() {
        return files;
    }
}
