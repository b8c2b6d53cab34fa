package io.roiassay.engine.rules;

/**
 * What Drools' DRL parser says, made readable: its messages about a character nobody can see, and the messages
 * it adds after a parse error that only repeat it.
 */
final class ParserMessages {

    private ParserMessages() {
    }

    private static final java.util.regex.Pattern UNDEFINED_METHOD = java.util.regex.Pattern.compile(
            "The method (\\w+)\\(([^)]*)\\) is undefined for the type (\\w+)");

    /**
     * Java's "The method findng(KnowledgeHelper, String) is undefined for the type Outcome" for a method typed wrong
     * in a consequence: Drools' internal {@code KnowledgeHelper} is the {@code drools} the rule passed, and for a fact
     * type of the engine the message says which method was meant.
     */
    static String undefinedMethod(String text) {
        java.util.regex.Matcher m = UNDEFINED_METHOD.matcher(text);
        if (!m.find()) {
            return text;
        }
        String shown = text.replace("(KnowledgeHelper, ", "(drools, ").replace("(KnowledgeHelper)", "(drools)");
        Class<?> type;
        try {
            type = Class.forName("io.roiassay.engine.facts." + m.group(3), false, ParserMessages.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return shown;
        }
        java.util.Set<String> methods = new java.util.TreeSet<>();
        for (java.lang.reflect.Method method : type.getMethods()) {
            if (method.getDeclaringClass() != Object.class) {
                methods.add(method.getName());
            }
        }
        String near = io.roiassay.engine.errors.Suggestions.nearest(m.group(1), methods);
        return shown + (near != null ? "; did you mean " + near + "?" : "; " + m.group(3) + " has " + String.join(", ", methods));
    }

    /**
     * What the parser's two commonest messages usually mean: the file ends inside a rule (its {@code end} is
     * missing), or {@code then} comes while a pattern is still open (a {@code (} left unclosed above).
     */
    static String hint(String text) {
        if (text.contains("mismatched input '<eof>' in rule")) {
            return text + " (the file ends inside this rule: is its end missing?)";
        }
        if (text.contains("input 'then'")) {
            return text + " (then came while a pattern was still open: is a '(' or a quote in the conditions above"
                    + " left unclosed?)";
        }
        return text;
    }

    /** A line-less message that follows a located parse error of the same file: its echo, or the parser failing on it. */
    static boolean isFollowOn(String text) {
        return text.contains("Parser returned a null Package") || text.startsWith("Unexpected error:");
    }

    /**
     * The parser quotes the offending input, which for a control character (pasted from a word processor, a stray
     * escape) a terminal shows as {@code ''}, or not at all: names the character instead. The four-argument form also
     * finds one the lexer dropped, from the file at the message's line and column.
     */
    static String showInvisible(String text, String source, int line, int column) {
        String shown = showInvisible(text);
        if (source == null || !shown.contains("input ''")) {
            return shown;
        }
        java.util.regex.Matcher at = POSITION.matcher(shown); // Drools' message has the column, its Message not always
        if (at.find()) {
            line = Integer.parseInt(at.group(1));
            column = Integer.parseInt(at.group(2));
        }
        if (line <= 0 || column < 0) {
            return shown;
        }
        // The lexer drops a control character, leaving the parser an empty token: read it from the file
        // (1-based line, 0-based column, as the parser gives them).
        String[] lines = source.split("\n", -1);
        if (line > lines.length || column >= lines[line - 1].length()) {
            return shown;
        }
        int c = lines[line - 1].codePointAt(column);
        return invisible(c) ? shown.replace("input ''", String.format(
                "input <U+%04X> (an invisible control character: delete it)", c)) : shown;
    }

    static String showInvisible(String text) {
        java.util.regex.Matcher m = QUOTED_INPUT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String quoted = m.group(1);
            String shown = quoted;
            if (quoted.codePoints().anyMatch(ParserMessages::invisible)) {
                StringBuilder names = new StringBuilder();
                quoted.codePoints().forEach(c -> names.append(invisible(c) ? String.format("<U+%04X>", c) : Character.toString(c)));
                shown = names + " (an invisible control character: delete it)";
            } else {
                shown = "'" + quoted + "'";
            }
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement("input " + shown));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static final java.util.regex.Pattern POSITION = java.util.regex.Pattern.compile("\\bLine (\\d{1,9}):(\\d{1,9})\\b");

    private static final java.util.regex.Pattern QUOTED_INPUT = java.util.regex.Pattern.compile("\\binput '([^']*)'");

    private static boolean invisible(int c) {
        return Character.isISOControl(c) && c != '\t' || Character.getType(c) == Character.FORMAT;
    }
}
