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
public final class HtmlReportWriter extends HtmlWriterBase {

    private static final List<String> FAMILIES = List.of("hidden-cost", "mistake", "data", "profile", "plugin");

    private final Set<String> placed = new HashSet<>();

    private HtmlReportWriter(Report report) {
        super(report);
    }

    /**
     * The text of the report's one inline {@code <style>} block, exactly as written between the tags (a
     * page that frames reports allows it by its CSP hash).
     */
    public static String styleSheet() {
        return "\n" + HtmlStyle.CSS;
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
                .append("<title>").append(esc(l("title"))).append(esc(l("colon"))).append(esc(title)).append("</title>\n<style>")
                .append(styleSheet()).append("</style>\n</head>\n<body>\n<main>\n<header>\n<p class=\"eyebrow\">")
                .append(esc(l("title"))).append("</p>\n<h1>").append(esc(title)).append("</h1>\n<p class=\"meta\"><code>")
                .append(esc(r.caseId())).append("</code> · ").append(esc(r.format())).append("</p>\n</header>\n");
        verdict();
        out.append(HtmlRangeSections.summary(r));
        profile();
        financials();
        out.append(HtmlRangeSections.sensitivity(r));
        costs();
        out.append(TcoRendering.html(r.financials().tco(), lang, r.currency()));
        benefits();
        claim();
        findings();
        recommendations();
        assumptions();
        out.append(HtmlProvenanceSections.of(r));
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
        // the grade and confidence as ids too, for a page that shows the report and says the verdict in its own words
        out.append("<section id=\"verdict\" class=\"verdict ").append(HtmlEscaper.id("grade-", v.grade()))
                .append("\" data-grade=\"").append(esc(v.grade())).append("\" data-confidence=\"").append(esc(v.confidence()))
                .append("\">\n<h2>")
                .append(esc(l("verdict"))).append("</h2>\n")
                .append("<div class=\"verdict-head\"><span class=\"badge ").append(HtmlEscaper.id("badge-", v.grade()))
                .append("\" title=\"").append(esc(l("grade"))).append(esc(l("colon"))).append(esc(v.grade())).append("\">")
                .append(esc(Labels.word(lang, "grade", v.grade()))).append("</span><span>").append(esc(l("confidence")))
                .append(esc(l("colon"))).append("<strong>").append(esc(Labels.word(lang, "confidence", v.confidence()))).append("</strong></span></div>\n")
                .append("<p class=\"headline\">").append(esc(v.headline())).append("</p>\n")
                .append(v.confidenceReason() == null ? "" : "<p class=\"confidence-reason\">" + esc(l("confidence")) + esc(l("colon"))
                        + esc(Labels.word(lang, "confidence", v.confidence())) + esc(l("reasonDash")) + esc(v.confidenceReason()) + "</p>\n")
                .append("<p class=\"rule-line\">").append(esc(l("gradeRule"))).append(esc(l("colon"))).append(rule(v.rule()));
        if (v.confidenceRule() != null) {
            out.append(" · ").append(esc(l("confidenceRule"))).append(esc(l("colon"))).append(rule(v.confidenceRule()));
        }
        ReportFigures a = r.financials().adjusted();
        out.append("</p>\n<div class=\"cards\" aria-label=\"").append(esc(l("keyFigures"))).append("\">\n");
        card("roiPercent", pct(a.roiPercent()));
        card("simpleRoiPercent", pct(a.simpleRoiPercent()));
        card("npv", Numbers.money(a.npv(), r.currency()) == null ? l("undefined") : Numbers.money(a.npv(), r.currency()));
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
        fact("industry", word("industry", p.industry())
                + (!Labels.industryInputShown(lang, p) ? ""
                        : "<span class=\"muted\">" + esc(l("parenOpen")) + esc(p.industryInput()) + esc(l("parenClose")) + "</span>"));
        fact("segment", word("segment", p.segment()));
        String assumed = Labels.deploymentAssumed(lang, p);
        fact("deployment", word("deployment", p.deployment())
                + (assumed.isEmpty() ? "" : "<span class=\"muted\">" + esc(assumed) + "</span>"));
        fact("horizon", f.horizonYears() + " " + esc(l(f.horizonYears() == 1 ? "year" : "years")) + esc(l("listSeparator")) + esc(l("discountRate")) + " "
                + esc(f.discountRate() == null ? l("undefined") : Numbers.share(f.discountRate())));
        fact("currency", esc(r.currency()));
        String listed = Labels.assumptionsListed(lang, p);
        if (!listed.isEmpty()) {
            fact("assumptions", "<a href=\"#assumptions\">" + esc(listed) + "</a>");
        }
        out.append("</dl>\n</section>\n");
    }

    /**
     * Every assumption the profile and the plugins used, with its value and source: after the recommendations, as an
     * appendix (a review found the 66-row table filling three PDF pages before the financials).
     */
    private void assumptions() {
        ReportProfile p = r.profile();
        if (Labels.assumptionCount(p) == 0) {
            return;
        }
        section("assumptions", "assumptions");
        if (p.assumptions() != null && !p.assumptions().isEmpty()) {
            out.append("<details><summary>").append(esc(l("assumptions"))).append(esc(l("parenOpen"))).append(p.assumptions().size())
                    .append(esc(l("parenClose"))).append("</summary>\n<table class=\"assumptions\"><thead><tr><th>ID</th><th>").append(esc(l("value"))).append("</th><th>")
                    .append(esc(l("note"))).append("</th></tr></thead><tbody>\n");
            p.assumptions().forEach((k, a) -> out.append("<tr><td><code>").append(esc(k)).append("</code></td><td>")
                    .append(esc(Words.assumptionValue(lang, k, a.value()))).append("</td><td>").append(esc(Words.of(lang, "note", a.note())))
                    .append("</td></tr>\n"));
            out.append("</tbody></table>\n</details>\n");
        }
        pluginAssumptions(p);
        out.append("</section>\n");
    }

    /** The assumptions plugins declared and read, with value, unit, source and who set the value. */
    private void pluginAssumptions(ReportProfile p) {
        if (p.pluginAssumptions().isEmpty()) {
            return;
        }
        out.append("<details><summary>").append(esc(l("pluginAssumptions"))).append(esc(l("parenOpen"))).append(p.pluginAssumptions().size())
                .append(esc(l("parenClose"))).append("</summary>\n<table><thead><tr><th>").append(esc(l("pluginId"))).append("</th><th>ID</th><th>")
                .append(esc(l("value"))).append("</th><th>").append(esc(l("unit"))).append("</th><th>").append(esc(l("note")))
                .append("</th><th>").append(esc(l("source"))).append("</th><th>").append(esc(l("valueFrom")))
                .append("</th></tr></thead><tbody>\n");
        for (ReportProfile.PluginAssumption a : p.pluginAssumptions()) {
            out.append("<tr><td>").append(esc(a.plugin())).append("</td><td><code>").append(esc(a.key())).append("</code></td><td>")
                    .append(esc(Placeholders.format(a.value()))).append("</td><td>").append(esc(Words.of(lang, "kpiUnit", a.unit()))).append("</td><td>")
                    .append(esc(a.description())).append("</td><td>").append(esc(Words.of(lang, "note", a.source())))
                    .append("</td><td>").append(esc(Labels.valueFrom(lang, a))).append("</td></tr>\n");
        }
        out.append("</tbody></table>\n</details>\n");
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
        percentRow("roiPercent", e.roiPercent(), a.roiPercent());
        percentRow("simpleRoiPercent", e.simpleRoiPercent(), a.simpleRoiPercent());
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
                        .append("</code></td><td>").append(esc(Words.target(lang, s.step(), s.target(), f))).append("</td><td class=\"num\">")
                        .append(esc(s.factor())).append("</td>").append(numCell(s.costsDelta())).append(numCell(s.benefitsDelta()))
                        .append("</tr>\n");
            }
            out.append("</tbody></table>\n").append(HtmlRangeSections.waterfall(r));
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
            out.append("<tr><td>").append(word("category", c.category())).append("</td>").append(numCell(c.entered()))
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
                        .append(b.basis() == null ? "" : "<br/><span class=\"muted\">" + esc(l("basis")) + esc(l("colon")) + "<code>"
                                + esc(b.basis()) + "</code></span>")
                        .append("</td><td>").append(esc(b.formula())).append(values(b.inputs())).append("</td>")
                        .append(cell(b.annual(), Labels.annual(lang, b))).append(numCell(b.total())).append(numCell(b.adjustedTotal())).append("</tr>\n");
            }
            out.append("</tbody></table>\n");
        }
        if (!r.indicators().isEmpty()) {
            out.append("<h3>").append(esc(l("indicators"))).append("</h3>\n<table class=\"indicators\"><thead><tr><th>ID</th><th>")
                    .append(esc(l("source"))).append("</th><th class=\"num\">").append(esc(l("before")))
                    .append("</th><th class=\"num\">").append(esc(l("after"))).append("</th></tr></thead><tbody>\n");
            for (var i : r.indicators()) {
                out.append("<tr><td>").append(esc(i.title())).append(" <code>").append(esc(i.id())).append("</code></td><td><code>")
                        .append(esc(i.source())).append("</code></td>").append(numCell(Numbers.shown(i.before()))).append(numCell(Numbers.shown(i.after())))
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
        fact("claimed", esc(pct(c.claimedRoiPercent())));
        fact("recomputed", esc(pct(c.recomputedRoiPercent())));
        fact("ratio", esc(pct(c.benefitCostRatioPercent())));
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
                .append("</code><span class=\"pill\" title=\"").append(esc(l("severity"))).append(esc(l("colon"))).append(esc(f.severity()))
                .append("\">").append(esc(Words.of(lang, "severity", f.severity())))
                .append("</span></div>\n<p>").append(esc(f.message())).append("</p>\n<dl class=\"facts\">\n");
        if (f.evidence() != null && !f.evidence().isEmpty()) {
            fact("evidence", values(f.evidence()));
        }
        if (f.estimate() != null) {
            fact("estimate", esc(Numbers.money(f.estimate(), r.currency())));
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
                    .append(esc(l("because"))).append(esc(l("colon")))
                    .append(rec.because().stream().map(this::findingLink).collect(Collectors.joining(l("itemSeparator"))))
                    .append(" · ").append(esc(l("rule"))).append(esc(l("colon"))).append(rule(rec.rule())).append("</span></li>\n");
        }
        out.append("</ol>\n</section>\n");
    }

    private static String family(String code) {
        int slash = code.indexOf('/');
        return slash < 0 ? code : code.substring(0, slash);
    }
}
