package io.roiassay.engine.rules;

import org.kie.api.builder.Message;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps a Java error in the source Drools generated from a rule's conditions ({@code RulesXxxRuleMethods0.java}: a
 * {@code from} expression that throws a checked exception, say) to the rule file, the rule and the line it came
 * from. Drools reports it against the generated file only; its companion message ("Java source of … in error")
 * carries that source, in which every rule's method follows a {@code Rule name: …} comment.
 */
final class GeneratedJavaErrors {

    private static final Pattern RULE_NAME = Pattern.compile("^\\s*\\*\\s*Rule name: (.+?)\\s*$");
    private static final String IN_ERROR = " in error:";

    /** Where an error in generated Java came from: the rule file, line and column, and the rule's name. */
    record Origin(RuleFile file, int line, int column, String rule) {
    }

    private GeneratedJavaErrors() {
    }

    /** Whether {@code m} is about Java that Drools generated (not a rule file of the pack). */
    static boolean isGenerated(Message m) {
        return m.getPath() != null && m.getPath().replace('\\', '/').startsWith("src/main/java/")
                && m.getPath().endsWith(".java");
    }

    /** Whether {@code m} is the companion message that only says a generated file is in error (and holds its source). */
    static boolean isSourceDump(Message m) {
        return isGenerated(m) && m.getLine() <= 0 && m.getText() != null && m.getText().contains(IN_ERROR);
    }

    /** The rule file, rule and line an error at a line of a generated file came from; null when it cannot tell. */
    static Origin locate(Message error, List<Message> all, List<RuleFile> files) {
        if (!isGenerated(error) || error.getLine() <= 0) {
            return null;
        }
        String source = null;
        for (Message m : all) {
            if (isSourceDump(m) && m.getPath().equals(error.getPath())) {
                source = m.getText().substring(m.getText().indexOf(IN_ERROR) + IN_ERROR.length());
                break;
            }
        }
        if (source == null) {
            return null;
        }
        String[] lines = source.split("\n", -1);
        // the dump starts on the line after "in error:", so source line n is lines[n]
        int at = Math.min(error.getLine(), lines.length - 1);
        String rule = null;
        for (int i = at; i >= 0 && rule == null; i--) {
            Matcher name = RULE_NAME.matcher(lines[i]);
            if (name.find()) {
                rule = name.group(1);
            }
        }
        if (rule == null) {
            return null;
        }
        String line = lines[at];
        String code = (error.getColumn() > 0 && error.getColumn() <= line.length()
                ? line.substring(error.getColumn() - 1) : line).strip();
        if (code.startsWith("D.") && code.indexOf('(') > 0) {
            code = code.substring(code.indexOf('(') + 1); // D.from(…), D.expr(…): the rule's own expression inside
        }
        for (RuleFile f : files) {
            if (!f.path().endsWith(".drl")) {
                continue;
            }
            int[] start = RuleLint.locate(f.text(), rule);
            if (start[0] > 0) {
                int[] exact = within(f.text(), start[0], code);
                return new Origin(f, exact != null ? exact[0] : start[0], exact != null ? exact[1] : start[1], rule);
            }
        }
        return null;
    }

    /** The first place after line {@code from} where the generated line's code (its first 24 characters) is written. */
    private static int[] within(String text, int from, String code) {
        String probe = code.length() > 24 ? code.substring(0, 24) : code;
        if (probe.length() < 6) {
            return null;
        }
        int offset = Located.offsetOfLine(text, from);
        int found = offset < 0 ? -1 : text.indexOf(probe, offset);
        return found < 0 ? null : Located.lineColumn(text, found);
    }
}
