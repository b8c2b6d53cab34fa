package io.roiassay.engine.report;

import io.roiassay.engine.io.VisibleControls;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the HTML report's sections share: the report, its language, the page being written, the anchors of the
 * findings, and the helpers that write a section heading, a fact, a number cell, a rule or a word for a code.
 */
abstract class HtmlWriterBase {

    final Report r;
    final String lang;
    final StringBuilder out = new StringBuilder();
    /** Anchor of the first finding of each code: recommendations and cost bars link to it. */
    final Map<String, String> anchors = new LinkedHashMap<>();

    HtmlWriterBase(Report report) {
        this.r = report;
        this.lang = report.language() == null ? "en" : report.language();
        for (ReportFinding f : report.findings()) {
            anchors.putIfAbsent(f.code(), HtmlEscaper.id("finding-", f.code()));
        }
    }

    void section(String id, String titleKey) {
        out.append("<section id=\"").append(id).append("\">\n<h2>").append(esc(l(titleKey))).append("</h2>\n");
    }

    void fact(String key, String html) {
        out.append("<dt>").append(esc(l(key))).append("</dt><dd>").append(html).append("</dd>\n");
    }

    void percentRow(String figure, BigDecimal entered, BigDecimal adjusted) {
        out.append("<tr><th scope=\"row\">").append(figureLabel(figure)).append("</th>").append(cell(entered, pct(entered)))
                .append(cell(adjusted, pct(adjusted))).append("</tr>\n");
    }

    /** A code shown as its word in the report's language, the code itself kept in a tooltip. */
    String word(String kind, String code) {
        return "<span title=\"" + esc(code) + "\">" + esc(Words.of(lang, kind, code)) + "</span>";
    }

    void figureRow(String figure, BigDecimal entered, BigDecimal adjusted) {
        out.append("<tr><th scope=\"row\">").append(figureLabel(figure)).append("</th>").append(numCell(entered))
                .append(numCell(adjusted)).append("</tr>\n");
    }

    /** The figure's name with its definition as a tooltip, linked to the definition list below the table. */
    String figureLabel(String figure) {
        return "<a class=\"def\" href=\"#" + HtmlEscaper.id("def-", figure) + "\" title=\"" + esc(definition(figure)) + "\">"
                + esc(l(figure)) + "</a>";
    }

    String definition(String figure) {
        return r.financials().definitions().stream().filter(d -> d.figure().equals(figure)).findFirst()
                .map(ReportFinancials.Definition::definition).orElse("");
    }

    String findingLink(String code) {
        String anchor = anchors.get(code);
        return anchor == null ? "<code>" + esc(code) + "</code>" : "<a href=\"#" + anchor + "\"><code>" + esc(code) + "</code></a>";
    }

    String values(Map<String, Object> values) {
        if (values == null || values.isEmpty()) {
            return "";
        }
        return values.entrySet().stream().map(e -> "<li><code>" + esc(e.getKey()) + " = " + esc(Placeholders.format(Numbers.shownValue(e.getValue(), lang)))
                + "</code></li>").collect(Collectors.joining("", "<ul class=\"inputs\">", "</ul>"));
    }

    String numCell(BigDecimal v) {
        return cell(v, num(v));
    }

    String cell(BigDecimal v, String text) {
        return "<td class=\"num" + (v != null && v.signum() < 0 ? " neg" : "") + "\">" + esc(text) + "</td>";
    }

    String rule(ReportRule rule) {
        return rule == null ? "" : "<code>" + esc(rule.name()) + "</code><span class=\"file\">" + esc(l("parenOpen")) + esc(VisibleControls.of(rule.file()))
                + esc(l("parenClose")) + "</span>";
    }


    String months(BigDecimal m) {
        return m == null ? l("never") : Numbers.amount(m);
    }

    String num(BigDecimal v) {
        return v == null ? l("undefined") : Numbers.amount(v);
    }

    String pct(BigDecimal v) {
        return v == null ? l("undefined") : Numbers.percent(v);
    }

    String l(String key) {
        return Labels.get(lang, key);
    }

    static String esc(String s) {
        return HtmlEscaper.escape(s);
    }
}
