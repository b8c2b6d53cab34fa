package io.roiassay.engine.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders a report as one self-contained HTML5 page in its language: inline style, inline SVG charts, no
 * script and nothing fetched. The content matches {@link MarkdownReportWriter}; every figure names its
 * definition and every finding, recommendation and verdict names its rule. The markup is also well-formed
 * XML.
 */
public final class HtmlReportWriter {

    private static final List<String> FAMILIES = List.of("hidden-cost", "mistake", "data", "profile", "plugin");

    private final Report r;
    private final String lang;
    private final StringBuilder out = new StringBuilder();
    /** Anchor of the first finding of each code: recommendations and cost bars link to it. */
    private final Map<String, String> anchors = new LinkedHashMap<>();
    private final Set<String> placed = new HashSet<>();

    private HtmlReportWriter(Report report) {
        this.r = report;
        this.lang = report.language() == null ? "en" : report.language();
        for (ReportFinding f : report.findings()) {
            anchors.putIfAbsent(f.code(), HtmlEscaper.id("finding-", f.code()));
        }
    }

    /** The report as a self-contained HTML page. */
    public static String render(Report report) {
        return new HtmlReportWriter(report).write();
    }

    private String write() {
        String title = r.title() != null ? r.title() : r.caseId();
        out.append("<!DOCTYPE html>\n<html lang=\"").append(esc(lang)).append("\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"/>\n")
                .append("<title>").append(esc(l("title"))).append(": ").append(esc(title)).append("</title>\n<style>\n")
                .append(HtmlStyle.CSS).append("</style>\n</head>\n<body>\n<main>\n<header>\n<p class=\"eyebrow\">")
                .append(esc(l("title"))).append("</p>\n<h1>").append(esc(title)).append("</h1>\n<p class=\"meta\"><code>")
                .append(esc(r.caseId())).append("</code> · ").append(esc(r.format())).append("</p>\n</header>\n");
        verdict();
        profile();
        financials();
        costs();
        out.append(TcoRendering.html(r.financials().tco(), lang, r.currency()));
        benefits();
        claim();
        findings();
        recommendations();
        provenance();
        trace();
        out.append("<footer>ROI Assay ").append(esc(r.provenance() == null ? "" : r.provenance().engineVersion()))
                .append(" · ").append(esc(r.format())).append("</footer>\n</main>\n</body>\n</html>\n");
        return out.toString();
    }

    private void verdict() {
        ReportVerdict v = r.verdict();
        if (v == null) {
            section("verdict", "verdict");
            out.append("<p>").append(esc(l("none"))).append("</p>\n</section>\n");
            return;
        }
        out.append("<section id=\"verdict\" class=\"verdict ").append(HtmlEscaper.id("grade-", v.grade())).append("\">\n<h2>")
                .append(esc(l("verdict"))).append("</h2>\n")
                .append("<div class=\"verdict-head\"><span class=\"badge ").append(HtmlEscaper.id("badge-", v.grade()))
                .append("\" title=\"").append(esc(l("grade"))).append(": ").append(esc(v.grade())).append("\">")
                .append(esc(Labels.word(lang, "grade", v.grade()))).append("</span><span>").append(esc(l("confidence")))
                .append(": <strong>").append(esc(Labels.word(lang, "confidence", v.confidence()))).append("</strong></span></div>\n")
                .append("<p class=\"headline\">").append(esc(v.headline())).append("</p>\n")
                .append("<p class=\"rule-line\">").append(esc(l("grade"))).append(" <code>").append(esc(v.grade()))
                .append("</code> — ").append(esc(l("rule"))).append(": ").append(rule(v.rule()));
        if (v.confidenceRule() != null) {
            out.append(" · ").append(esc(l("confidenceRule"))).append(": ").append(rule(v.confidenceRule()));
        }
        ReportFigures a = r.financials().adjusted();
        out.append("</p>\n<div class=\"cards\" aria-label=\"").append(esc(l("keyFigures"))).append("\">\n");
        card("roiPercent", num(a.roiPercent()));
        card("simpleRoiPercent", num(a.simpleRoiPercent()));
        card("npv", num(a.npv()) + " " + r.currency());
        card("paybackMonths", months(a.paybackMonths()));
        out.append("</div>\n</section>\n");
    }

    private void card(String figure, String value) {
        out.append("<div class=\"card\" title=\"").append(esc(definition(figure))).append("\"><div class=\"k\">")
                .append(esc(l("adjusted"))).append(" · ").append(esc(l(figure))).append("</div><div class=\"v\">")
                .append(esc(value)).append("</div></div>\n");
    }

    private void profile() {
        ReportProfile p = r.profile();
        ReportFinancials f = r.financials();
        section("profile", "profile");
        out.append("<dl class=\"facts\">\n");
        fact("industry", "<code>" + esc(p.industry()) + "</code>"
                + (p.industryInput() == null ? "" : " <span class=\"muted\">(" + esc(p.industryInput()) + ")</span>"));
        fact("segment", "<code>" + esc(p.segment()) + "</code>");
        fact("deployment", "<code>" + esc(p.deployment()) + "</code>");
        fact("horizon", f.horizonYears() + " " + esc(l("years")) + ", " + esc(l("discountRate")) + " " + esc(num(f.discountRate())));
        fact("currency", esc(r.currency()));
        out.append("</dl>\n");
        if (p.assumptions() != null && !p.assumptions().isEmpty()) {
            out.append("<details><summary>").append(esc(l("assumptions"))).append(" (").append(p.assumptions().size())
                    .append(")</summary>\n<table><thead><tr><th>ID</th><th>").append(esc(l("value"))).append("</th><th>")
                    .append(esc(l("note"))).append("</th></tr></thead><tbody>\n");
            p.assumptions().forEach((k, a) -> out.append("<tr><td><code>").append(esc(k)).append("</code></td><td>")
                    .append(esc(Placeholders.format(a.value()))).append("</td><td>").append(esc(a.note())).append("</td></tr>\n"));
            out.append("</tbody></table>\n</details>\n");
        }
        out.append("</section>\n");
    }

    private void financials() {
        ReportFinancials f = r.financials();
        ReportFigures e = f.entered();
        ReportFigures a = f.adjusted();
        section("financials", "financials");
        out.append("<table class=\"figures\"><thead><tr><th>").append(esc(l("figure"))).append(" (").append(esc(r.currency()))
                .append(")</th><th class=\"num\">").append(esc(l("entered"))).append("</th><th class=\"num\">")
                .append(esc(l("adjusted"))).append("</th></tr></thead><tbody>\n");
        figureRow("totalCosts", e.totalCosts(), a.totalCosts());
        figureRow("totalBenefits", e.totalBenefits(), a.totalBenefits());
        figureRow("pvCosts", e.pvCosts(), a.pvCosts());
        figureRow("pvBenefits", e.pvBenefits(), a.pvBenefits());
        figureRow("npv", e.npv(), a.npv());
        figureRow("roiPercent", e.roiPercent(), a.roiPercent());
        figureRow("simpleRoiPercent", e.simpleRoiPercent(), a.simpleRoiPercent());
        out.append("<tr><th scope=\"row\">").append(figureLabel("paybackMonths")).append("</th><td class=\"num\">")
                .append(esc(months(e.paybackMonths()))).append("</td><td class=\"num\">").append(esc(months(a.paybackMonths())))
                .append("</td></tr>\n");
        out.append("<tr><th scope=\"row\">").append(figureLabel("discountedPaybackMonths")).append("</th><td class=\"num\">")
                .append(esc(months(e.discountedPaybackMonths()))).append("</td><td class=\"num\">")
                .append(esc(months(a.discountedPaybackMonths()))).append("</td></tr>\n");
        out.append("<tr><th scope=\"row\">").append(figureLabel("irrPercent")).append("</th><td class=\"num\">")
                .append(esc(TcoRendering.irrCell(e, lang))).append("</td><td class=\"num\">")
                .append(esc(TcoRendering.irrCell(a, lang))).append("</td></tr>\n");
        out.append("</tbody></table>\n").append(TcoRendering.htmlIrrNotes(f, lang)).append("<h3>").append(esc(l("adjustments"))).append("</h3>\n");
        if (f.adjustments().isEmpty()) {
            out.append("<p>").append(esc(l("none"))).append("</p>\n");
        } else {
            out.append("<table class=\"adjustments\"><thead><tr><th>").append(esc(l("step"))).append("</th><th>")
                    .append(esc(l("target"))).append("</th><th class=\"num\">").append(esc(l("factor")))
                    .append("</th><th class=\"num\">").append(esc(l("costsDelta"))).append("</th><th class=\"num\">")
                    .append(esc(l("benefitsDelta"))).append("</th></tr></thead><tbody>\n");
            for (var s : f.adjustments()) {
                out.append("<tr><td>").append(esc(s.description())).append("<br/><code>").append(esc(s.step()))
                        .append("</code></td><td>").append(esc(s.target())).append("</td><td class=\"num\">")
                        .append(esc(s.factor())).append("</td>").append(numCell(s.costsDelta())).append(numCell(s.benefitsDelta()))
                        .append("</tr>\n");
            }
            out.append("</tbody></table>\n");
        }
        out.append("<h3>").append(esc(l("cashFlowChart"))).append(" (").append(esc(r.currency())).append(")</h3>\n")
                .append(SvgCharts.cashFlow(e, a, lang, r.currency())).append('\n');
        periods(e, a);
        out.append("<h3>").append(esc(l("definitions"))).append("</h3>\n<dl class=\"defs\">\n");
        for (var d : f.definitions()) {
            out.append("<dt id=\"").append(HtmlEscaper.id("def-", d.figure())).append("\">").append(esc(l(d.figure())))
                    .append("</dt><dd>").append(esc(d.definition())).append("</dd>\n");
        }
        out.append("</dl>\n</section>\n");
    }

    private void periods(ReportFigures e, ReportFigures a) {
        out.append("<details><summary>").append(esc(l("cashFlowTable"))).append("</summary>\n<table class=\"periods\"><thead><tr>");
        for (String key : List.of("period", "totalCosts", "totalBenefits", "net", "cumulativeAdjusted", "cumulativeEntered")) {
            out.append("<th class=\"num\">").append(esc(l(key))).append("</th>");
        }
        out.append("</tr></thead><tbody>\n");
        for (var p : a.periods()) {
            BigDecimal entered = e.periods().stream().filter(q -> q.period() == p.period()).findFirst()
                    .map(ReportFigures.Period::cumulativeNet).orElse(null);
            out.append("<tr><td class=\"num\">").append(p.period()).append("</td>").append(numCell(p.costs()))
                    .append(numCell(p.benefits())).append(numCell(p.net())).append(numCell(p.cumulativeNet()))
                    .append(numCell(entered)).append("</tr>\n");
        }
        out.append("</tbody></table>\n</details>\n");
    }

    private void costs() {
        var lines = r.financials().costBreakdown();
        section("costs", "costs");
        if (lines.isEmpty()) {
            out.append("<p>").append(esc(l("none"))).append("</p>\n</section>\n");
            return;
        }
        out.append(SvgCharts.costBars(lines, lang, r.currency())).append('\n')
                .append("<table class=\"cost-breakdown\"><thead><tr><th>").append(esc(l("category"))).append("</th><th class=\"num\">")
                .append(esc(l("entered"))).append("</th><th class=\"num\">").append(esc(l("estimated"))).append("</th><th>")
                .append(esc(l("hiddenCostFinding"))).append("</th></tr></thead><tbody>\n");
        for (var c : lines) {
            out.append("<tr><td><code>").append(esc(c.category())).append("</code></td>").append(numCell(c.entered()))
                    .append(c.estimated() == null ? "<td></td>" : numCell(c.estimated())).append("<td>")
                    .append(c.finding() == null ? "" : findingLink(c.finding())).append("</td></tr>\n");
        }
        out.append("</tbody></table>\n</section>\n");
    }

    private void benefits() {
        section("benefits", "benefits");
        if (r.benefitLines().isEmpty()) {
            out.append("<p>").append(esc(l("none"))).append("</p>\n");
        } else {
            out.append("<table class=\"benefit-lines\"><thead><tr><th>ID</th><th>").append(esc(l("source"))).append("</th><th>")
                    .append(esc(l("formula"))).append("</th><th class=\"num\">").append(esc(l("annual")))
                    .append("</th><th class=\"num\">").append(esc(l("total"))).append("</th><th class=\"num\">")
                    .append(esc(l("adjustedTotal"))).append("</th></tr></thead><tbody>\n");
            for (var b : r.benefitLines()) {
                out.append("<tr id=\"").append(HtmlEscaper.id("benefit-", b.id())).append("\"><td><code>").append(esc(b.id()))
                        .append("</code></td><td><code>").append(esc(b.source())).append("</code>")
                        .append(b.basis() == null ? "" : "<br/><span class=\"muted\">" + esc(l("basis")) + ": " + esc(b.basis()) + "</span>")
                        .append("</td><td>").append(esc(b.formula())).append(values(b.inputs())).append("</td>")
                        .append(numCell(b.annual())).append(numCell(b.total())).append(numCell(b.adjustedTotal())).append("</tr>\n");
            }
            out.append("</tbody></table>\n");
        }
        if (!r.indicators().isEmpty()) {
            out.append("<h3>").append(esc(l("indicators"))).append("</h3>\n<table class=\"indicators\"><thead><tr><th>ID</th><th>")
                    .append(esc(l("source"))).append("</th><th class=\"num\">").append(esc(l("before")))
                    .append("</th><th class=\"num\">").append(esc(l("after"))).append("</th></tr></thead><tbody>\n");
            for (var i : r.indicators()) {
                out.append("<tr><td>").append(esc(i.title())).append(" <code>").append(esc(i.id())).append("</code></td><td><code>")
                        .append(esc(i.source())).append("</code></td>").append(numCell(i.before())).append(numCell(i.after()))
                        .append("</tr>\n");
            }
            out.append("</tbody></table>\n");
        }
        out.append("</section>\n");
    }

    private void claim() {
        ReportClaimCheck c = r.claimCheck();
        if (c == null) {
            return;
        }
        section("claim", "claim");
        out.append("<dl class=\"facts\">\n");
        fact("claimed", esc(num(c.claimedRoiPercent())));
        fact("recomputed", esc(num(c.recomputedRoiPercent())));
        fact("ratio", esc(num(c.benefitCostRatioPercent())));
        fact("consistent", esc(c.consistent() == null ? l("undefined") : l(c.consistent() ? "yes" : "no")));
        out.append("</dl>\n</section>\n");
    }

    private void findings() {
        section("findings", "findings");
        if (r.findings().isEmpty()) {
            out.append("<p>").append(esc(l("none"))).append("</p>\n</section>\n");
            return;
        }
        Map<String, List<ReportFinding>> byFamily = new LinkedHashMap<>();
        FAMILIES.forEach(family -> byFamily.put(family, new ArrayList<>()));
        for (ReportFinding f : r.findings()) {
            byFamily.computeIfAbsent(family(f.code()), k -> new ArrayList<>()).add(f);
        }
        byFamily.forEach((family, list) -> {
            if (list.isEmpty()) {
                return;
            }
            out.append("<div class=\"family\" id=\"").append(HtmlEscaper.id("family-", family)).append("\">\n<h3>")
                    .append(esc(family.equals("profile") ? l("family-profile") : l(family))).append(" <span class=\"count\">(")
                    .append(list.size()).append(")</span></h3>\n");
            list.forEach(this::finding);
            out.append("</div>\n");
        });
        out.append("</section>\n");
    }

    private void finding(ReportFinding f) {
        String anchor = anchors.get(f.code());
        boolean first = placed.add(anchor);
        out.append("<article class=\"finding ").append(HtmlEscaper.id("sev-", f.severity())).append('"')
                .append(first ? " id=\"" + anchor + "\"" : "").append(">\n<div><code>").append(esc(f.code()))
                .append("</code><span class=\"pill\" title=\"").append(esc(l("severity"))).append("\">").append(esc(f.severity()))
                .append("</span></div>\n<p>").append(esc(f.message())).append("</p>\n<dl class=\"facts\">\n");
        if (f.evidence() != null && !f.evidence().isEmpty()) {
            fact("evidence", values(f.evidence()));
        }
        if (f.estimate() != null) {
            fact("estimate", esc(f.estimate().toPlainString()) + " " + esc(r.currency()));
        }
        fact("rule", rule(f.rule()));
        out.append("</dl>\n</article>\n");
    }

    private void recommendations() {
        section("recommendations", "recommendations");
        if (r.recommendations().isEmpty()) {
            out.append("<p>").append(esc(l("none"))).append("</p>\n</section>\n");
            return;
        }
        out.append("<ol class=\"recs\">\n");
        for (var rec : r.recommendations()) {
            out.append("<li id=\"").append(HtmlEscaper.id("rec-", rec.code())).append("\"><strong>").append(esc(rec.text()))
                    .append("</strong><span class=\"pill\">").append(esc(l("priority"))).append(' ').append(rec.priority())
                    .append("</span><br/><span class=\"muted\"><code>").append(esc(rec.code())).append("</code> · ")
                    .append(esc(l("because"))).append(": ")
                    .append(rec.because().stream().map(this::findingLink).collect(Collectors.joining(", ")))
                    .append(" · ").append(esc(l("rule"))).append(": ").append(rule(rec.rule())).append("</span></li>\n");
        }
        out.append("</ol>\n</section>\n");
    }

    private void provenance() {
        ReportProvenance p = r.provenance();
        section("provenance", "provenance");
        out.append("<dl class=\"facts\">\n");
        fact("engineVersion", esc(p.engineVersion()));
        fact("rulesHash", "<code>" + esc(p.rulesHash()) + "</code>");
        fact("inputHash", "<code>" + esc(p.inputHash()) + "</code>");
        out.append("</dl>\n");
        if (!p.plugins().isEmpty()) {
            out.append("<table class=\"plugins\"><thead><tr><th>").append(esc(l("plugin"))).append("</th><th>")
                    .append(esc(l("origin"))).append("</th><th>SHA-256</th></tr></thead><tbody>\n");
            for (var pl : p.plugins()) {
                out.append("<tr><td><code>").append(esc(pl.id())).append('@').append(esc(pl.version())).append("</code></td><td>")
                        .append(esc(pl.origin())).append("</td><td>")
                        .append(pl.jarHash() == null ? "" : "<code>" + esc(pl.jarHash()) + "</code>").append("</td></tr>\n");
            }
            out.append("</tbody></table>\n");
        }
        out.append("</section>\n");
    }

    private void trace() {
        out.append("<section id=\"trace\">\n<details class=\"trace\"><summary>").append(esc(l("trace"))).append(" (")
                .append(r.trace().size()).append(")</summary>\n<ol>\n");
        for (var t : r.trace()) {
            out.append("<li><code>").append(esc(t.rule())).append("</code> — <span class=\"file\">").append(esc(t.file()))
                    .append("</span>");
            if (t.facts() != null && !t.facts().isEmpty()) {
                out.append("<br/><span class=\"muted\">").append(esc(l("facts"))).append(": ")
                        .append(t.facts().stream().map(HtmlEscaper::escape).collect(Collectors.joining("; "))).append("</span>");
            }
            out.append("</li>\n");
        }
        out.append("</ol>\n</details>\n</section>\n");
    }

    private void section(String id, String titleKey) {
        out.append("<section id=\"").append(id).append("\">\n<h2>").append(esc(l(titleKey))).append("</h2>\n");
    }

    private void fact(String key, String html) {
        out.append("<dt>").append(esc(l(key))).append("</dt><dd>").append(html).append("</dd>\n");
    }

    private void figureRow(String figure, BigDecimal entered, BigDecimal adjusted) {
        out.append("<tr><th scope=\"row\">").append(figureLabel(figure)).append("</th>").append(numCell(entered))
                .append(numCell(adjusted)).append("</tr>\n");
    }

    /** The figure's name with its definition as a tooltip, linked to the definition list below the table. */
    private String figureLabel(String figure) {
        return "<a class=\"def\" href=\"#" + HtmlEscaper.id("def-", figure) + "\" title=\"" + esc(definition(figure)) + "\">"
                + esc(l(figure)) + "</a>";
    }

    private String definition(String figure) {
        return r.financials().definitions().stream().filter(d -> d.figure().equals(figure)).findFirst()
                .map(ReportFinancials.Definition::definition).orElse("");
    }

    private String findingLink(String code) {
        String anchor = anchors.get(code);
        return anchor == null ? "<code>" + esc(code) + "</code>" : "<a href=\"#" + anchor + "\"><code>" + esc(code) + "</code></a>";
    }

    private String values(Map<String, Object> values) {
        if (values == null || values.isEmpty()) {
            return "";
        }
        return values.entrySet().stream().map(e -> "<li><code>" + esc(e.getKey()) + " = " + esc(Placeholders.format(e.getValue()))
                + "</code></li>").collect(Collectors.joining("", "<ul class=\"inputs\">", "</ul>"));
    }

    private String numCell(BigDecimal v) {
        return "<td class=\"num" + (v != null && v.signum() < 0 ? " neg" : "") + "\">" + esc(num(v)) + "</td>";
    }

    private String rule(ReportRule rule) {
        return rule == null ? "" : "<code>" + esc(rule.name()) + "</code> <span class=\"file\">(" + esc(rule.file()) + ")</span>";
    }

    private static String family(String code) {
        int slash = code.indexOf('/');
        return slash < 0 ? code : code.substring(0, slash);
    }

    private String months(BigDecimal m) {
        return m == null ? l("never") : m.toPlainString();
    }

    private String num(BigDecimal v) {
        return v == null ? l("undefined") : v.toPlainString();
    }

    private String l(String key) {
        return Labels.get(lang, key);
    }

    private static String esc(String s) {
        return HtmlEscaper.escape(s);
    }
}
