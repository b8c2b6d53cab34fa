package io.roiassay.engine.rules;

import io.roiassay.engine.rules.security.CodeViolation;

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
            boolean isRule = !v.rule().startsWith("function or type ");
            String path = isRule ? index.fileOf(v.packageName(), v.rule()) : "?";
            RuleFile file = files.stream().filter(f -> f.path().equals(path)).findFirst().orElse(null);
            String display = file != null ? file.displayPath() : "rules (package " + v.packageName() + ")";
            int line = file != null ? lineOf(file.text(), v.rule()) : 0;
            String who = isRule ? "rule '" + v.rule() + "'" : v.rule();
            out.add(new RuleProblem(display, line, 0, who + " calls " + v.call() + " (" + v.kind()
                    + "): rule files may only use the fact model, the rule helpers, java.math, String, Math and"
                    + " plain collections (see the security section of docs/consultant-guide.md)", true));
        }
        return out;
    }

    private static int lineOf(String text, String rule) {
        Matcher m = Pattern.compile("(?m)^[ \\t]*rule[ \\t]+(\"" + Pattern.quote(rule) + "\"|'" + Pattern.quote(rule) + "'|"
                + Pattern.quote(rule) + "\\b)").matcher(text);
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
