package io.roiassay.engine.assess;

import io.roiassay.engine.caseio.CaseException;
import io.roiassay.engine.caseio.KpiRanges;
import io.roiassay.engine.model.Case;
import io.roiassay.engine.plugins.LoadedPlugin;
import io.roiassay.engine.plugins.PluginRunner;
import io.roiassay.engine.report.InputHash;
import io.roiassay.engine.report.Report;
import io.roiassay.engine.report.ReportProvenance;
import io.roiassay.engine.rules.RuleExecutionException;
import io.roiassay.engine.rules.RuleFile;
import io.roiassay.engine.rules.RulePack;
import io.roiassay.engine.rules.RuleSources;

import java.util.List;

/**
 * Assesses cases: case in, report out. Thread-safe and meant to live for the whole process (one compiled
 * rule pack, one plugin set); call {@link #assess} from as many threads as you like. Obtain one from
 * {@link io.roiassay.engine.RoiAssay}, or inject it.
 */
public final class AssessmentEngine {

    private final RulePack rules;
    private final List<LoadedPlugin> plugins;
    private final Assessor assessor;
    private final List<ReportProvenance.RuleFileEntry> ruleFiles;
    private final KpiRanges ranges;

    public AssessmentEngine(RulePack rules, PluginSet plugins, PluginRunner runner) {
        this.rules = rules;
        this.plugins = plugins.plugins();
        this.assessor = new Assessor(rules, this.plugins, runner);
        this.ruleFiles = manifest(rules.files());
        this.ranges = KpiRanges.of(this.plugins.stream().map(LoadedPlugin::descriptor).toList());
    }


    /** An engine whose profile cache holds {@code profileCacheSize} profiles (0: none), for tests. */
    AssessmentEngine(RulePack rules, PluginSet plugins, PluginRunner runner, int profileCacheSize) {
        this.rules = rules;
        this.plugins = plugins.plugins();
        this.assessor = new Assessor(rules, this.plugins, runner, profileCacheSize);
        this.ruleFiles = manifest(rules.files());
        this.ranges = KpiRanges.of(this.plugins.stream().map(LoadedPlugin::descriptor).toList());
    }

    /** Assesses a case in the case's own language ({@code language}, default {@code en}), without draws. */
    public Report assess(Case theCase) {
        return assess(theCase, null);
    }

    /**
     * Assesses a case without Monte Carlo draws.
     *
     * @param language {@code en} or {@code zh-CN}; null for the case's own language
     * @throws RuleExecutionException when the rule pack fails on this case (a rule-pack defect, exit code 3)
     */
    public Report assess(Case theCase, String language) {
        return assess(theCase, language, AssessOptions.NO_DRAWS);
    }

    /**
     * Assesses a case with options: the Monte Carlo draws and their seed (break-even values and the tornado are
     * always computed).
     *
     * @param language {@code en} or {@code zh-CN}; null for the case's own language
     * @throws RuleExecutionException when the rule pack fails on this case (a rule-pack defect, exit code 3)
     * @throws IllegalArgumentException when a KPI value lies outside its plugin's declared range (its cause is
     *                                  the {@link CaseException} naming each field); a case read by
     *                                  {@link io.roiassay.engine.RoiAssay#reader()} was checked already
     */
    public Report assess(Case theCase, String language, AssessOptions options) {
        String lang = language != null ? language : theCase.effectiveLanguage();
        try {
            ranges.check(theCase, "case '" + theCase.id() + "'");
        } catch (CaseException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        try {
            CaseRun run = assessor.run(theCase, InputHash.of(theCase), options);
            return new ReportAssembler(lang, theCase.currency()).assemble(run, rules.contentHash(), plugins, ruleFiles);
        } catch (IllegalStateException e) {
            throw new RuleExecutionException("the rule pack cannot assess case '" + theCase.id() + "': " + e.getMessage());
        }
    }

    /** One case's run before it is written as a report (for tests in this package). */
    CaseRun run(Case theCase, AssessOptions options) {
        return assessor.run(theCase, InputHash.of(theCase), options);
    }

    /** The compiled rule pack in use. */
    public RulePack rules() {
        return rules;
    }

    /** The plugins in use, sorted by id. */
    public List<LoadedPlugin> plugins() {
        return plugins;
    }

    /** The rule and catalogue files the pack was built from (not its scenario tests), for the report's provenance. */
    private static List<ReportProvenance.RuleFileEntry> manifest(List<RuleFile> files) {
        return files.stream().filter(f -> f.isRuleSource() || f.isCatalogue())
                .map(f -> new ReportProvenance.RuleFileEntry(f.path(),
                        f.origin().equals(RuleSources.BUILT_IN) ? ReportProvenance.RuleFileEntry.BUILT_IN
                                : ReportProvenance.RuleFileEntry.OVERLAY, f.sha256()))
                .toList();
    }
}
