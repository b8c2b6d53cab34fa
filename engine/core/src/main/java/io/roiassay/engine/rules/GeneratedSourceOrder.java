package io.roiassay.engine.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts the parts of the Java that Drools generates for a pack whose order comes from hash sets into one fixed
 * order, so the same rule files always compile to the same classes. Drools 10.2.0 writes a rule's attributes
 * ({@code salience}, {@code agenda-group} …) in the order of a set hashed by object identity, and the domain
 * class metadata in the order the rules first used each class (which varies with its parallel rule build).
 * Neither order means anything: the attributes go into a map, the metadata classes are independent.
 */
final class GeneratedSourceOrder {

    private static final String ATTRIBUTE = ".attribute(org.drools.model.Rule.Attribute.";
    private static final String METADATA_CLASS = "public class DomainClassesMetadata";
    private static final String METADATA_ENTRY = "\n    public static final org.drools.model.DomainClassMetadata ";

    private GeneratedSourceOrder() {
    }

    /** The source with each rule's attribute calls and the domain class metadata sorted by their text. */
    static String canonical(String source) {
        return sortMetadata(sortAttributes(source));
    }

    /**
     * Sorts every run of {@code .attribute(...)} calls that each start a line of a rule builder chain. The
     * blocks are permuted, not rewritten: only their order changes.
     */
    static String sortAttributes(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int done = 0;
        int at = nextAttributeLine(source, 0);
        while (at >= 0) {
            List<String> blocks = new ArrayList<>();
            int start = at;
            int end = -1;
            int next = at;
            while (next >= 0) {
                int close = closingParen(source, source.indexOf(ATTRIBUTE, next) + ".attribute".length());
                if (close < 0) {
                    return source; // not the code we know: leave it as Drools wrote it
                }
                blocks.add(source.substring(next, close + 1));
                end = close + 1;
                next = end < source.length() && source.charAt(end) == '\n' && startsAttributeLine(source, end + 1)
                        ? end + 1 : -1;
            }
            out.append(source, done, start);
            blocks.sort(null);
            out.append(String.join("\n", blocks));
            done = end;
            at = nextAttributeLine(source, end);
        }
        return out.append(source, done, source.length()).toString();
    }

    /** Sorts the per-class blocks of a {@code DomainClassesMetadata} source; any other source is returned as is. */
    static String sortMetadata(String source) {
        if (!source.contains(METADATA_CLASS)) {
            return source;
        }
        int first = source.indexOf(METADATA_ENTRY);
        int last = source.lastIndexOf("\n}");
        if (first < 0 || last < first) {
            return source;
        }
        List<String> blocks = new ArrayList<>();
        int from = first;
        while (from < last) {
            int to = source.indexOf(METADATA_ENTRY, from + 1);
            to = to < 0 || to > last ? last : to;
            blocks.add(source.substring(from, to));
            from = to;
        }
        blocks.sort(null);
        return source.substring(0, first) + String.join("", blocks) + source.substring(last);
    }

    /** The start of the next line (from {@code from}) that is only indentation and then an attribute call. */
    private static int nextAttributeLine(String source, int from) {
        int i = source.indexOf(ATTRIBUTE, from);
        while (i >= 0) {
            int lineStart = source.lastIndexOf('\n', i) + 1;
            if (lineStart >= from && source.substring(lineStart, i).isBlank()) {
                return lineStart;
            }
            i = source.indexOf(ATTRIBUTE, i + 1);
        }
        return -1;
    }

    private static boolean startsAttributeLine(String source, int lineStart) {
        int i = lineStart;
        while (i < source.length() && (source.charAt(i) == ' ' || source.charAt(i) == '\t')) {
            i++;
        }
        return source.startsWith(ATTRIBUTE, i);
    }

    /** The index of the parenthesis closing the one at {@code open}, skipping string and char literals; -1 if none. */
    private static int closingParen(String source, int open) {
        int depth = 0;
        for (int i = open; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfLiteral(source, i, c);
                if (i < 0) {
                    return -1;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int endOfLiteral(String source, int start, char quote) {
        for (int i = start + 1; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            } else if (c == '\n') {
                return -1;
            }
        }
        return -1;
    }
}
