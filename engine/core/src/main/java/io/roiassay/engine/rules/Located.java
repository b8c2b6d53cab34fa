package io.roiassay.engine.rules;

import java.util.List;

/** A rule file's text with a place to report problems at character offsets, turned into line and column. */
final class Located {

    private final RuleFile file;
    private final String text;
    private final String masked;
    private final List<RuleProblem> out;

    Located(RuleFile file, String text, List<RuleProblem> out) {
        this.file = file;
        this.text = text;
        this.masked = maskComments(text);
        this.out = out;
    }

    String text() {
        return text;
    }

    /** The text with comments blanked out ({@link #maskComments}). */
    String masked() {
        return masked;
    }

    void error(int offset, String message) {
        add(offset, message, true);
    }

    void warning(int offset, String message) {
        add(offset, message, false);
    }

    private void add(int offset, String message, boolean error) {
        int[] lc = offset < 0 ? new int[] {0, 0} : lineColumn(text, offset);
        out.add(new RuleProblem(file.displayPath(), lc[0], lc[1], message, error));
    }

    /** The 1-based line and column of a character offset. */
    static int[] lineColumn(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        int end = Math.min(Math.max(offset, 0), text.length());
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, end - lineStart + 1};
    }

    /** The offset at which a 1-based line starts, or -1. */
    static int offsetOfLine(String text, int line) {
        int l = 1;
        for (int i = 0; i < text.length() && l < line; i++) {
            if (text.charAt(i) == '\n') {
                l++;
                if (l == line) {
                    return i + 1;
                }
            }
        }
        return line == 1 ? 0 : -1;
    }

    /**
     * The text with {@code //} and {@code /* … *}{@code /} comments replaced by spaces (line breaks kept), so
     * offsets stay valid; string literals are left alone.
     */
    static String maskComments(String s) {
        StringBuilder b = new StringBuilder(s);
        boolean inString = false;
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '/' && i + 1 < b.length() && b.charAt(i + 1) == '/') {
                while (i < b.length() && b.charAt(i) != '\n') {
                    b.setCharAt(i++, ' ');
                }
            } else if (c == '/' && i + 1 < b.length() && b.charAt(i + 1) == '*') {
                int end = b.indexOf("*/", i + 2);
                int stop = end < 0 ? b.length() : end + 2;
                for (; i < stop; i++) {
                    if (b.charAt(i) != '\n') {
                        b.setCharAt(i, ' ');
                    }
                }
                i--;
            }
        }
        return b.toString();
    }

    /** The text with comments and the contents of string literals replaced by spaces (quotes kept). */
    static String maskCommentsAndStrings(String s) {
        StringBuilder b = new StringBuilder(maskComments(s));
        boolean inString = false;
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (inString) {
                if (c == '\\' && i + 1 < b.length()) {
                    b.setCharAt(i, ' ');
                    b.setCharAt(++i, ' ');
                } else if (c == '"') {
                    inString = false;
                } else if (c != '\n') {
                    b.setCharAt(i, ' ');
                }
            } else if (c == '"') {
                inString = true;
            }
        }
        return b.toString();
    }
}
