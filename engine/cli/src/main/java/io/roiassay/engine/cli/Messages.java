package io.roiassay.engine.cli;

/** Makes text from files, rules and plugins safe to print on a terminal: no control or escape characters. */
final class Messages {

    private Messages() {
    }

    /** The text with every control character except newline and tab shown as a backslash-u escape. */
    static String clean(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (Character.isISOControl(c) && c != '\n' && c != '\t')
                    || c == '\u2028' || c == '\u2029' || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
            if (control) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                out.append(String.format("\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
