package io.roiassay.engine.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps a Java compilation error in a rule's consequence — which Drools reports at the {@code rule} line, or
 * against the Java it generated — to the line and column in the {@code then} part where the unknown method
 * or name is written.
 */
final class ConsequenceErrors {

    private static final Pattern RULE = Pattern.compile("\\[Rule name='([^']*)']");
    private static final Pattern METHOD = Pattern.compile("The method (\\w+)\\(");
    private static final Pattern NAME = Pattern.compile("(\\w+) cannot be resolved");
    private static final Pattern THEN = Pattern.compile("(?m)^\\s*then\\b");
    private static final Pattern END = Pattern.compile("(?m)^\\s*end\\b");

    private ConsequenceErrors() {
    }

    /**
     * {line, column} of the offending name in the consequence of the rule the message names (or the rule
     * whose {@code rule} keyword is on {@code line}, where Drools reports consequence errors), or null.
     */
    static int[] locate(String text, String message, int line) {
        if (message == null) {
            return null;
        }
        Matcher rule = RULE.matcher(message);
        int ruleLine = rule.find() ? RuleLint.locate(text, rule.group(1))[0] : line;
        Matcher what = METHOD.matcher(message);
        String needle;
        if (what.find()) {
            needle = "\\." + Pattern.quote(what.group(1)) + "\\s*\\(";
        } else {
            Matcher name = NAME.matcher(message);
            if (!name.find()) {
                return null;
            }
            needle = "(?<![\\w.$])" + Pattern.quote(name.group(1)) + "\\b";
        }
        String masked = Located.maskCommentsAndStrings(text);
        int from = ruleLine > 0 ? Located.offsetOfLine(masked, ruleLine) : -1;
        if (from < 0) {
            return null;
        }
        Matcher then = THEN.matcher(masked);
        if (!then.find(from)) {
            return null;
        }
        Matcher end = END.matcher(masked);
        int stop = end.find(then.end()) ? end.start() : masked.length();
        Matcher at = Pattern.compile(needle).matcher(masked).region(then.end(), stop);
        if (!at.find()) {
            return null;
        }
        int offset = at.start() + (at.group().startsWith(".") ? 1 : 0);
        return Located.lineColumn(text, offset);
    }
}
