package io.roiassay.engine.caseio;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles a schema's regular expression the way networknt's default (JDK) engine does: {@code $} outside a
 * character class becomes {@code \z}, so {@code "ABC\n"} does not match {@code ^[A-Z]{3}$}, and a match is
 * found anywhere in the text. Expressions with a backslash are refused: their translation (escapes, quoted
 * sections, Unicode property names) is networknt's own and not repeated here.
 */
final class Regexes {

    private Regexes() {
    }

    /** The compiled expression. */
    static Pattern compile(String regex) throws SchemaCompiler.Unsupported {
        if (regex.indexOf('\\') >= 0) {
            throw new SchemaCompiler.Unsupported("pattern with a backslash: " + regex);
        }
        StringBuilder java = new StringBuilder(regex.length() + 4);
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            }
            if (c == '$' && !inClass) {
                java.append("\\z");
            } else {
                java.append(c);
            }
        }
        try {
            return Pattern.compile(java.toString());
        } catch (PatternSyntaxException e) {
            throw new SchemaCompiler.Unsupported("pattern " + regex);
        }
    }
}
