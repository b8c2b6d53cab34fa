package io.roiassay.engine.rules.security;

/**
 * Checks the pattern of a rule's {@code matches} operator (or a {@code Pattern.compile} in rule code) for the
 * shapes whose matching time explodes with the text's length: it must be a literal of at most
 * {@value #MAX_CHARS} characters with no repeated group ({@code (a+)+}, {@code (a|b)*}), no back reference and
 * at most {@value #MAX_REPEATS} variable-length repetitions ({@code *}, {@code +}, {@code {n,}}, {@code {n,m}}
 * with m above {@value #SMALL_BOUND}). Matching such a pattern takes at most time quadratic in the text's
 * length, and fact texts are bounded by the case's limits.
 */
final class RegexLiteral {

    static final int MAX_CHARS = 200;
    static final int MAX_REPEATS = 2;
    static final int SMALL_BOUND = 16;

    private RegexLiteral() {
    }

    /** Why the pattern may not be compiled in rule code, or null when it may. */
    static String refused(Object pattern) {
        String fix = ": a regular expression in a rule must be a literal of at most " + MAX_CHARS
                + " characters with no repeated group, no back reference and at most " + MAX_REPEATS
                + " variable-length repetitions, so that matching cannot take exponential time";
        if (!(pattern instanceof String p) || p.length() > MAX_CHARS) {
            return "the pattern is not such a literal" + fix;
        }
        if (p.matches("(?s).*\\(\\?[a-zA-Z-]*x.*")) {
            return "the pattern turns on comments mode (?x)" + fix;
        }
        int repeats = 0;
        boolean inClass = false;
        boolean afterGroup = false;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            boolean quantifier = c == '*' || c == '+' || c == '?' || c == '{';
            if (afterGroup && quantifier) {
                return "the pattern repeats a group" + fix;
            }
            afterGroup = afterGroup && Character.isWhitespace(c);
            if (c == '\\') {
                if (i + 1 < p.length() && !inClass && (Character.isDigit(p.charAt(i + 1)) && p.charAt(i + 1) != '0'
                        || p.charAt(i + 1) == 'k')) {
                    return "the pattern has a back reference" + fix;
                }
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
                if (i + 1 < p.length() && p.charAt(i + 1) == ']') {
                    i++; // a ']' first in a class is a literal
                }
            } else if (c == ')') {
                afterGroup = true;
            } else if (c == '*' || c == '+') {
                repeats++;
            } else if (c == '{') {
                int close = p.indexOf('}', i);
                String bounds = close < 0 ? "" : p.substring(i + 1, close);
                if (!bounds.matches("\\d{1,3}")) {
                    String upper = bounds.contains(",") ? bounds.substring(bounds.indexOf(',') + 1) : "";
                    if (upper.isEmpty() || !upper.matches("\\d{1,3}") || Integer.parseInt(upper) > SMALL_BOUND) {
                        repeats++;
                    }
                }
                if (close > i) {
                    i = close;
                }
            }
        }
        return repeats <= MAX_REPEATS ? null : "the pattern has " + repeats + " variable-length repetitions" + fix;
    }
}
