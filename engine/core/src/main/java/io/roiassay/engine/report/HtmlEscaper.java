package io.roiassay.engine.report;

/**
 * Escapes text for HTML element content and quoted attribute values (HTML and SVG alike). The output is
 * also valid XML, so a rendered report can be checked with an XML parser.
 */
final class HtmlEscaper {

    private HtmlEscaper() {
    }

    /**
     * {@code s} with {@code & < > " '} escaped, characters XML forbids replaced by U+FFFD and the bidirectional
     * overrides and isolates dropped (a title with U+202E would show its text reversed: "fdp.exe" as "exe.pdf"),
     * as the Markdown report drops them; "" for null.
     */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (!bidiControl(cp)) {
                        out.appendCodePoint(allowed(cp) ? cp : 0xFFFD);
                    }
                }
            }
        });
        return out.toString();
    }

    /**
     * A fragment identifier made from {@code s} ({@code hidden-cost/training} → {@code hidden-cost-training}):
     * letters, digits, {@code -} and {@code _} only, so it needs no escaping in {@code id} or {@code href}.
     */
    static String id(String prefix, String s) {
        StringBuilder out = new StringBuilder(prefix);
        (s == null ? "" : s).codePoints().forEach(cp -> out.append(
                cp < 128 && (Character.isLetterOrDigit(cp) || cp == '-' || cp == '_') ? (char) cp : '-'));
        return out.toString();
    }

    /** U+202A–U+202E (embeddings, overrides) and U+2066–U+2069 (isolates): they reorder what a reader sees. */
    private static boolean bidiControl(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    }

    /** XML 1.0 characters: no C0 controls except tab, line feed and carriage return; no lone surrogates. */
    private static boolean allowed(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
