package io.roiassay.pdf;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the screen HTML report into what openhtmltopdf lays out well: CSS variables resolved (it does not
 * support them), the charts put in the SVG namespace (for Batik), an A4 page with margins, the CJK font for
 * all text, and the page's grey backdrop dropped.
 */
final class PrintHtml {

    private static final Pattern ROOT_VAR = Pattern.compile("--([a-z-]+):\\s*([^;}]+)");
    private static final Pattern USE_VAR = Pattern.compile("var\\(--([a-z-]+)\\)");

    static final String PRINT_CSS = """
            @page { size: A4; margin: 16mm 14mm 18mm 14mm;
                    @bottom-right { content: counter(page) " / " counter(pages); font-size: 9px; color: #57606a; } }
            body, code, table, svg, text { font-family: "%s"; }
            body { background: #fff; font-size: 11px; }
            main { max-width: none; margin: 0; padding: 0; border: 0; }
            table { font-size: 10px; page-break-inside: auto; }
            tr, figure, svg { page-break-inside: avoid; }
            svg { max-width: 100%%; }
            """.formatted(A4PdfRenderer.FAMILY);

    private PrintHtml() {
    }

    /** The print version of a report page. */
    static String of(String html) {
        Map<String, String> vars = new LinkedHashMap<>();
        int root = html.indexOf(":root");
        if (root >= 0) {
            Matcher m = ROOT_VAR.matcher(html.substring(root, html.indexOf('}', root)));
            while (m.find()) {
                vars.put(m.group(1), m.group(2).trim());
            }
        }
        Matcher use = USE_VAR.matcher(html);
        StringBuilder resolved = new StringBuilder(html.length());
        while (use.find()) {
            use.appendReplacement(resolved, Matcher.quoteReplacement(vars.getOrDefault(use.group(1), "inherit")));
        }
        use.appendTail(resolved);
        // Inline SVG in HTML5 has no namespace; Batik draws only elements in the SVG namespace.
        String withSvgNamespace = resolved.toString().replace("<svg class=", "<svg xmlns=\"http://www.w3.org/2000/svg\" class=");
        resolved.setLength(0);
        resolved.append(withSvgNamespace);
        int end = resolved.indexOf("</style>");
        if (end >= 0) {
            resolved.insert(end, PRINT_CSS);
        }
        return resolved.toString();
    }
}
