package io.roiassay.pdf;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the screen HTML report into what openhtmltopdf lays out well: CSS variables resolved (it does not
 * support them), the charts put in the SVG namespace (for Batik), an A4 page with margins, the CJK font for
 * all text, and the page's grey backdrop dropped. A table split across pages repeats its header row, and starts on
 * the next page when less than 1.5 cm of it would fit; a heading stays with what follows it. openhtmltopdf lays out
 * neither grid nor flex: the key-figure cards become a table row and the label/value lists two-column tables.
 */
final class PrintHtml {

    private static final Pattern ROOT_VAR = Pattern.compile("--([a-z-]+):\\s*([^;}]+)");
    private static final Pattern USE_VAR = Pattern.compile("var\\(--([a-z-]+)\\)");

    static final String PRINT_CSS = """
            @page { size: A4; margin: 16mm 14mm 18mm 14mm;
                    @bottom-right { content: counter(page) " / " counter(pages); font-size: 9px; color: #57606a;
                                    font-family: "%1$s"; } }
            body, code, table, svg, text { font-family: "%1$s"; }
            body { background: #fff; font-size: 11px; }
            main { max-width: none; margin: 0; padding: 0; border: 0; }
            table { font-size: 10px; page-break-inside: auto; -fs-table-paginate: paginate; -fs-page-break-min-height: 3cm; }
            thead, tr, figure, svg { page-break-inside: avoid; }
            h1, h2, h3, h4, summary { page-break-inside: avoid; }
            .keep { page-break-inside: avoid; }
            .keep-start, details { -fs-page-break-min-height: 5.5cm; }
            svg { max-width: 100%%; }
            .verdict-head { display: block; }
            .verdict-head > span { display: inline-block; vertical-align: middle; margin-right: 14px; }
            .badge { white-space: nowrap; }
            .cards { display: table; width: 100%%; table-layout: fixed; border-collapse: separate; border-spacing: 8px 0; }
            .card { display: table-cell; }
            table.facts { width: auto; margin: 8px 0; -fs-page-break-min-height: 0; }
            table.facts th, table.facts td { border: 0; background: none; padding: 2px 16px 2px 0; }
            table.facts th { font-weight: 400; color: #57606a; }
            table.assumptions td:first-child { width: 36%%; }
            table.assumptions td:nth-child(2) { width: 18%%; }
            """.formatted(A4PdfRenderer.FAMILY);

    private PrintHtml() {
    }

    /** A heading (or a heading and its first sub-heading) and a short block after it (a chart, a list of facts, a paragraph): laid out as one. */
    private static final Pattern HEADING_AND_BLOCK = Pattern.compile(
            "((?:<h[234][^>]*>(?:(?!</h[234]>).)*</h[234]>\\s*)+(?:<svg\\b.*?</svg>|<dl\\b.*?</dl>|<p\\b.*?</p>))", Pattern.DOTALL);
    /** A heading and the table after it: the table may run over pages, so the pair only starts on a page with room. */
    private static final Pattern HEADING_AND_TABLE = Pattern.compile(
            "((?:<h[234][^>]*>(?:(?!</h[234]>).)*</h[234]>\\s*)+<table\\b.*?</table>)", Pattern.DOTALL);

    /**
     * openhtmltopdf honours neither {@code page-break-after: avoid} nor an {@code ::after} spacer on a heading, so a
     * heading could end a page with its chart or table on the next (a review): each heading is wrapped with what
     * follows it, kept whole when that is short, started on a page with at least 4 cm left when it is a table.
     */
    static String keepHeadingsWithNext(String html) {
        String blocks = HEADING_AND_BLOCK.matcher(html).replaceAll(m -> Matcher.quoteReplacement("<div class=\"keep\">" + m.group(1) + "</div>"));
        return HEADING_AND_TABLE.matcher(blocks).replaceAll(m -> Matcher.quoteReplacement("<div class=\"keep-start\">" + m.group(1) + "</div>"));
    }

    private static final Pattern FACTS = Pattern.compile("<dl class=\"facts\">(.*?)</dl>", Pattern.DOTALL);

    /**
     * The label/value lists ({@code dl.facts}, a CSS grid on screen) as two-column tables: floated labels let a value
     * drift beside the next label when a label wraps (a review saw the TCO figures against the wrong labels).
     */
    static String factsAsTables(String html) {
        return FACTS.matcher(html).replaceAll(m -> Matcher.quoteReplacement("<table class=\"facts\"><tbody>"
                + m.group(1).replace("<dt", "<tr><th scope=\"row\"").replace("</dt>", "</th>")
                        .replace("<dd", "<td").replace("</dd>", "</td></tr>")
                + "</tbody></table>"));
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
        String kept = keepHeadingsWithNext(factsAsTables(resolved.toString()));
        resolved.setLength(0);
        resolved.append(kept);
        int end = resolved.indexOf("</style>");
        if (end >= 0) {
            resolved.insert(end, PRINT_CSS);
        }
        return resolved.toString();
    }
}
