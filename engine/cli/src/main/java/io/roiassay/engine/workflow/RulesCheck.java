package io.roiassay.engine.workflow;

import io.roiassay.engine.catalogue.Catalogue;
import io.roiassay.engine.rules.DroolsCompiler;
import io.roiassay.engine.rules.PackCatalogue;
import io.roiassay.engine.rules.RuleFile;
import io.roiassay.engine.rules.RuleLint;
import io.roiassay.engine.rules.RulePack;
import io.roiassay.engine.rules.RulePackException;
import io.roiassay.engine.rules.RuleProblem;
import io.roiassay.engine.rules.SourceLint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks a rule pack for {@code assay rules check}: the catalogue and the sources first ({@link SourceLint}:
 * the mistakes Drools accepts and {@code assess} then fails on, and deprecated syntax), then compiles it
 * (errors with file and line) and, when it compiles, looks for rules that can never fire on the engine's
 * facts ({@link RuleLint}).
 *
 * @param ruleFiles how many files Drools compiled
 * @param rules     how many rules the pack has (0 when it did not compile)
 * @param problems  errors and warnings in file and line order
 */
public record RulesCheck(int ruleFiles, int rules, List<RuleProblem> problems) {

    /** The engine on the checked pack, for the profile probes ({@link ProfileProbes}). */
    @FunctionalInterface
    public interface Engine {
        io.roiassay.engine.RoiAssay load() throws Exception;
    }

    /** Checks the given pack files (built-in plus overlay), without running cases through them. */
    public static RulesCheck of(List<RuleFile> files) {
        return of(files, null);
    }

    /**
     * Checks the given pack files (built-in plus overlay) and, when they compile and {@code engine} is given, assesses
     * a small case for every profile they can classify ({@link ProfileProbes}): what would fail {@code assess}
     * fails the check.
     */
    public static RulesCheck of(List<RuleFile> files, Engine engine) {
        int sources = (int) files.stream().filter(RuleFile::isRuleSource).count();
        Catalogue catalogue = PackCatalogue.of(files);
        List<RuleProblem> problems = new ArrayList<>(PackCatalogue.problems(catalogue));
        problems.addAll(SourceLint.check(files, catalogue));
        if (problems.stream().anyMatch(RuleProblem::error)) {
            return new RulesCheck(sources, 0, sorted(problems));
        }
        RulePack pack;
        try {
            pack = new DroolsCompiler().compile(files);
        } catch (RulePackException e) {
            problems.addAll(e.problems());
            return new RulesCheck(sources, 0, sorted(problems));
        }
        RuleLint.Result lint = RuleLint.lint(pack);
        problems.addAll(lint.warnings());
        problems.addAll(io.roiassay.engine.rules.ProfileConditions.deadRows(files));
        if (engine != null) {
            io.roiassay.engine.RoiAssay assay;
            try {
                assay = engine.load();
            } catch (Exception e) {
                assay = null; // the pack compiled above; a plugin failing to load is not the pack's to report
            }
            if (assay != null) {
                java.util.Set<String> pluginKeys = new java.util.TreeSet<>();
                assay.engine().plugins().forEach(p -> p.assumptions().forEach(a -> pluginKeys.add(a.key())));
                problems.addAll(io.roiassay.engine.rules.UnreadProfileKeys.check(files, pluginKeys));
                problems.addAll(ProfileProbes.problems(assay, files));
            }
        }
        return new RulesCheck(sources, lint.ruleCount(), sorted(problems));
    }

    private static List<RuleProblem> sorted(List<RuleProblem> problems) {
        List<RuleProblem> out = new ArrayList<>(problems);
        out.sort(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line)
                .thenComparingInt(RuleProblem::column));
        return out;
    }

    public RulesCheck {
        problems = List.copyOf(problems);
    }

    /** Whether any problem is an error (the pack cannot be used). */
    public boolean hasErrors() {
        return problems.stream().anyMatch(RuleProblem::error);
    }

    /** The one-line summary: files, rules, errors and warnings. */
    public String summary() {
        long errors = problems.stream().filter(RuleProblem::error).count();
        long warnings = problems.size() - errors;
        if (errors > 0 && rules > 0) {
            // it compiled; the errors are what assess would fail on (the profile probes)
            return "rule pack compiles, but assess would fail: " + count(errors, "error") + ", " + count(warnings, "warning")
                    + " in " + count(ruleFiles, "rule file") + ", " + count(rules, "rule");
        }
        if (errors > 0) {
            return "rule pack does not compile: " + count(errors, "error") + ", " + count(warnings, "warning")
                    + " in " + count(ruleFiles, "rule file");
        }
        return "rule pack OK: " + count(ruleFiles, "rule file") + ", " + count(rules, "rule") + ", "
                + count(warnings, "warning");
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
