package io.roiassay.engine.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds syntax Drools 10 still accepts but has deprecated (it will be removed with the DRL10 language
 * level), in the {@code when} part of every rule: patterns joined by {@code ||} or {@code &&} instead of
 * {@code or}/{@code and}, half constraints ({@code x > 1 && < 5}) and annotations on patterns. Drools only
 * logs these, once per run; {@code rules check} turns them into warnings with file and line.
 */
final class DeprecatedSyntax {

    private static final Pattern WHEN = Pattern.compile("(?m)^\\s*when\\b");
    private static final Pattern THEN = Pattern.compile("(?m)^\\s*then\\b");
    private static final Pattern HALF = Pattern.compile("(&&|\\|\\|)\\s*(<=|>=|==|!=|<|>)");
    private static final Pattern ANNOTATION = Pattern.compile("@[A-Za-z_]\\w*");

    private DeprecatedSyntax() {
    }

    static void check(Located at) {
        String s = Located.maskCommentsAndStrings(at.text());
        Matcher when = WHEN.matcher(s);
        int from = 0;
        while (when.find(from)) {
            Matcher then = THEN.matcher(s);
            int end = then.find(when.end()) ? then.start() : s.length();
            section(s, when.end(), end, at);
            from = end;
            if (from >= s.length()) {
                break;
            }
        }
    }

    private static void section(String s, int start, int end, Located at) {
        int depth = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && i + 1 < end && (c == '|' && s.charAt(i + 1) == '|' || c == '&' && s.charAt(i + 1) == '&')) {
                String op = s.substring(i, i + 2);
                at.warning(i, "connecting patterns with '" + op + "' is deprecated in Drools 10; write '"
                        + (c == '|' ? "or" : "and") + "' ('" + op + "' inside a pattern's constraints stays fine)");
                i++;
            }
        }
        String part = s.substring(start, end);
        Matcher half = HALF.matcher(part);
        while (half.find()) {
            at.warning(start + half.start(2), "the half constraint '" + half.group(1) + " " + half.group(2)
                    + " …' is deprecated in Drools 10; repeat the field on the left (e.g. x > 1 && x < 5)");
        }
        Matcher ann = ANNOTATION.matcher(part);
        while (ann.find()) {
            at.warning(start + ann.start(), "the annotation " + ann.group() + " inside the conditions is deprecated"
                    + " in Drools 10; put annotations on the rule instead");
        }
    }
}
