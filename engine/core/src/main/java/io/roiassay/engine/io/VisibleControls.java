package io.roiassay.engine.io;

/**
 * Shows the control characters of a name — a rule file path, a rule name — as escapes ({@code \n}, {@code \t},
 * {@code \u001b}) instead of dropping them or printing a space: an auditor must be able to tell
 * {@code seg\nments.drl} from {@code seg ments.drl}. A name without control characters is returned as it is;
 * one with them also has its backslashes doubled, so every escape reads one way.
 */
public final class VisibleControls {

    private VisibleControls() {
    }

    /** {@code s} with its control characters written as escapes; {@code s} itself when it has none. */
    public static String of(String s) {
        if (s == null || s.chars().noneMatch(VisibleControls::hidden)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (hidden(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** A character that prints as nothing or moves the text: C0/C1 controls and the bidirectional overrides. */
    public static boolean hidden(int c) {
        return Character.isISOControl(c) || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    }
}
