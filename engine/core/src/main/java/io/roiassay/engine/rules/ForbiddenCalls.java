package io.roiassay.engine.rules;

import io.roiassay.engine.rules.security.CodePolicy;
import io.roiassay.engine.rules.security.CodeViolation;
import io.roiassay.engine.rules.security.CostPolicy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns rule-code violations into problems a consultant can open: file, line of the rule, rule and call. */
final class ForbiddenCalls {

    private ForbiddenCalls() {
    }

    static List<RuleProblem> problems(List<CodeViolation> violations, List<RuleFile> files) {
        RuleIndex index = new RuleIndex(files);
        List<RuleProblem> out = new ArrayList<>();
        for (CodeViolation v : violations) {
            boolean isRule = !v.rule().startsWith("function ");
            String function = v.rule().startsWith("function ") && !v.rule().startsWith("function or type ")
                    ? v.rule().substring("function ".length()) : null;
            RuleIndex.Source source = isRule ? index.sourceOf(v.packageName(), v.rule()) : null;
            String path = isRule ? source.file() : "?";
            RuleFile file = function != null ? fileOfFunction(files, function)
                    : files.stream().filter(f -> f.path().equals(path)).findFirst().orElse(null);
            String display = file != null ? file.displayPath() : "rules (package " + v.packageName() + ")";
            // a decision table's rule is its row: a .drl.csv row is its line, a spreadsheet's is named in the text
            boolean tableRow = source != null && source.row() > 0;
            int line = file == null ? 0 : function != null ? lineOf(file.text(), functionPattern(function))
                    : tableRow && file.path().endsWith(".drl.csv") ? source.row()
                    : lineOf(file.text(), rulePattern(v.rule()));
            String who = isRule ? "rule '" + v.rule() + "'" + (tableRow && line == 0 ? " (row " + source.row() + ")" : "")
                    : v.rule();
            out.add(new RuleProblem(display, line, 0, who + message(v), true));
        }
        return out;
    }

    private static String message(CodeViolation v) {
        String see = " (see the security section of docs/consultant-guide.md)";
        if (CodePolicy.LOOP.equals(v.kind())) {
            return " has a loop (for, while or do): rule code may not loop, so that no consequence can run"
                    + " forever; let a rule fire once per fact, or use accumulate" + see;
        }
        if (CodePolicy.RECURSION.equals(v.kind())) {
            return " is recursive (" + GENERATED_CLASS.matcher(v.call()).replaceAll("") + " can call itself again): rule code may not recurse, so that no"
                    + " consequence can run forever" + see;
        }
        if (CodePolicy.LOCAL_CLASS.equals(v.kind())) {
            return " declares a class (" + v.call() + "): rule code may not declare classes, whose methods (toString,"
                    + " equals…) library code could call back without end; use a lambda or a fact method" + see;
        }
        if (CodePolicy.LAMBDA.equals(v.kind())) {
            return " makes a lambda of " + v.call() + ": rule code may make lambdas of the java.util.function"
                    + " interfaces and Comparator only, whose calls the check can follow" + see;
        }
        if (v.kind().startsWith(CostPolicy.KIND)) {
            return " calls " + v.call() + " (" + v.kind() + "): one such call could run for ever inside a consequence,"
                    + " where no rule limit can stop it" + see;
        }
        return " calls " + v.call() + " (" + v.kind() + "): rule files may only use the fact model, the rule helpers,"
                + " java.math, String, Math and plain collections" + see;
    }

    /** The class Drools generates for a package's functions ({@code io.….Rules65276BB3…spin}): not the consultant's. */
    private static final Pattern GENERATED_CLASS = Pattern.compile("[\\w.]*\\.Rules[0-9A-F]{16,}\\.");

    private static Pattern rulePattern(String rule) {
        return Pattern.compile("(?m)^[ \\t]*rule[ \\t]+(\"" + Pattern.quote(rule) + "\"|'" + Pattern.quote(rule) + "'|"
                + Pattern.quote(rule) + "\\b)");
    }

    private static Pattern functionPattern(String function) {
        // at a line's start in a .drl; in a decision table's Functions cell, after the cell's quote or comma
        return Pattern.compile("(?m)(?:^|\"|,)[ \\t]*function[ \\t]+[\\w.<>\\[\\], ]+?[ \\t]+" + Pattern.quote(function) + "[ \\t]*\\(");
    }

    /** The rule source that declares the function; null when none or more than one does. */
    private static RuleFile fileOfFunction(List<RuleFile> files, String function) {
        List<RuleFile> found = files.stream().filter(RuleFile::isRuleSource)
                .filter(f -> functionPattern(function).matcher(f.text()).find()).toList();
        return found.size() == 1 ? found.get(0) : null;
    }

    private static int lineOf(String text, Pattern declaration) {
        Matcher m = declaration.matcher(text);
        if (!m.find()) {
            return 0;
        }
        int line = 1;
        for (int i = 0; i < m.start(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
