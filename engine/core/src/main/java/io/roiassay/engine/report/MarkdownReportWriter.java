package io.roiassay.engine.report;

import io.roiassay.engine.io.VisibleControls;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders a report as Markdown in its language: the same content as the JSON, readable on its own. */
public final class MarkdownReportWriter {

    private final Report r;
    private final String lang;
    private final StringBuilder out = new StringBuilder();

    private MarkdownReportWriter(Report report) {
        this.r = report;
        this.lang = report.language();
    }

    /** The report as Markdown. */
    public static String render(Report report) {
        return new MarkdownReportWriter(report).write();
    }

    private String l(String key) {
        return Labels.get(lang, key);
    }

    private String write() {
        out.append("# ").append(l("title")).append(l("colon")).append(esc(r.title() != null ? r.title() : r.caseId())).append("\n\n");
        verdict();
        out.append(MarkdownRangeSections.summary(r));
        profile();
        financials();
        out.append(MarkdownRangeSections.sensitivity(r));
        benefits();
        claim();
        findings();
        recommendations();
        assumptions();
        provenance();
        trace();
        return out.toString();
    }

    private void verdict() {
        out.append("## ").append(l("verdict")).append("\n\n");
        if (r.verdict() == null) {
            out.append(l("none")).append("\n\n");
            return;
        }
        out.append("**").append(esc(r.verdict().headline())).append("**\n\n");
        out.append("- ").append(l("grade")).append(l("colon")).append(Labels.word(lang, "grade", r.verdict().grade())).append('\n');
        out.append("- ").append(l("confidence")).append(l("colon")).append(Labels.word(lang, "confidence", r.verdict().confidence()));
        if (r.verdict().confidenceReason() != null) {
            out.append(l("reasonDash")).append(esc(r.verdict().confidenceReason()));
        }
        out.append('\n');
        out.append("- ").append(l("rule")).append(l("colon")).append(rule(r.verdict().rule())).append('\n');
        if (r.verdict().confidenceRule() != null) {
            out.append("- ").append(l("confidenceRule")).append(l("colon")).append(rule(r.verdict().confidenceRule())).append('\n');
        }
        out.append('\n');
    }

    private void profile() {
        ReportProfile p = r.profile();
        out.append("## ").append(l("profile")).append("\n\n");
        out.append("- ").append(l("industry")).append(l("colon")).append(esc(Words.of(lang, "industry", p.industry())))
                .append(!Labels.industryInputShown(lang, p) ? ""
                        : l("parenOpen") + esc(p.industryInput()) + l("parenClose"))
                .append("\n- ").append(l("segment")).append(l("colon")).append(esc(Words.of(lang, "segment", p.segment()))).append("\n- ")
                .append(l("deployment")).append(l("colon")).append(esc(Words.of(lang, "deployment", p.deployment())))
                .append(esc(Labels.deploymentAssumed(lang, p))).append("\n- ")
                .append(l("horizon")).append(l("colon")).append(r.financials().horizonYears()).append(' ').append(l(r.financials().horizonYears() == 1 ? "year" : "years"))
                .append(l("listSeparator")).append(l("discountRate")).append(' ')
                .append(r.financials().discountRate() == null ? l("undefined") : Numbers.share(r.financials().discountRate()))
                .append("\n");
        String listed = Labels.assumptionsListed(lang, p);
        if (!listed.isEmpty()) {
            out.append("- ").append(l("assumptions")).append(l("colon")).append(listed).append("\n");
        }
        out.append('\n');
    }

    /**
     * The profile's and the plugins' assumptions with their values and source notes, as the HTML shows them: after
     * the recommendations, as an appendix.
     */
    private void assumptions() {
        ReportProfile p = r.profile();
        if (Labels.assumptionCount(p) == 0) {
            return;
        }
        out.append("## ").append(l("assumptions")).append("\n\n");
        if (p.assumptions() == null || p.assumptions().isEmpty()) {
            pluginAssumptions(p);
            return;
        }
        out.append("<details><summary>").append(l("assumptions")).append(l("parenOpen")).append(p.assumptions().size())
                .append(l("parenClose")).append("</summary>\n\n| ID | ").append(l("value")).append(" | ").append(l("note")).append(" |\n|---|---:|---|\n");
        p.assumptions().forEach((k, a) -> out.append("| `").append(esc(k)).append("` | ").append(esc(Words.assumptionValue(lang, k, a.value())))
                .append(" | ").append(esc(Words.of(lang, "note", a.note()))).append(" |\n"));
        out.append("\n</details>\n\n");
        pluginAssumptions(p);
    }

    /** The assumptions plugins declared and read, with value, unit, source and who set the value. */
    private void pluginAssumptions(ReportProfile p) {
        if (p.pluginAssumptions().isEmpty()) {
            return;
        }
        out.append("<details><summary>").append(l("pluginAssumptions")).append(l("parenOpen")).append(p.pluginAssumptions().size())
                .append(l("parenClose")).append("</summary>\n\n| ").append(l("pluginId")).append(" | ID | ").append(l("value"))
                .append(" | ").append(l("unit")).append(" | ").append(l("note")).append(" | ").append(l("source")).append(" | ")
                .append(l("valueFrom")).append(" |\n|---|---|---:|---|---|---|---|\n");
        for (ReportProfile.PluginAssumption a : p.pluginAssumptions()) {
            out.append("| ").append(esc(a.plugin())).append(" | `").append(esc(a.key())).append("` | ")
                    .append(esc(Placeholders.format(a.value()))).append(" | ").append(esc(Words.of(lang, "kpiUnit", a.unit()))).append(" | ")
                    .append(esc(a.description())).append(" | ").append(esc(Words.of(lang, "note", a.source()))).append(" | ")
                    .append(esc(Labels.valueFrom(lang, a))).append(" |\n");
        }
        out.append("\n</details>\n\n");
    }

    private void financials() {
        ReportFinancials f = r.financials();
        out.append("## ").append(l("financials")).append(l("parenOpen")).append(r.currency()).append(l("parenClose")).append("\n\n");
        out.append("| ").append(l("figure")).append(" | ").append(l("entered")).append(" | ").append(l("adjusted")).append(" |\n");
        out.append("|---|---:|---:|\n");
        row("totalCosts", f.entered().totalCosts(), f.adjusted().totalCosts());
        row("totalBenefits", f.entered().totalBenefits(), f.adjusted().totalBenefits());
        row("pvCosts", f.entered().pvCosts(), f.adjusted().pvCosts());
        row("pvBenefits", f.entered().pvBenefits(), f.adjusted().pvBenefits());
        row("npv", f.entered().npv(), f.adjusted().npv());
        percentRow("roiPercent", f.entered().roiPercent(), f.adjusted().roiPercent());
        percentRow("simpleRoiPercent", f.entered().simpleRoiPercent(), f.adjusted().simpleRoiPercent());
        out.append("| ").append(l("paybackMonths")).append(" | ").append(months(f.entered().paybackMonths())).append(" | ")
                .append(months(f.adjusted().paybackMonths())).append(" |\n");
        out.append("| ").append(l("discountedPaybackMonths")).append(" | ").append(months(f.entered().discountedPaybackMonths()))
                .append(" | ").append(months(f.adjusted().discountedPaybackMonths())).append(" |\n");
        out.append("| ").append(l("irrPercent")).append(" | ").append(TcoRendering.irrCell(f.entered(), lang)).append(" | ")
                .append(TcoRendering.irrCell(f.adjusted(), lang)).append(" |\n");
        out.append('\n').append(TcoRendering.markdownIrrNotes(f, lang));
        out.append("### ").append(l("adjustments")).append("\n\n");
        if (f.adjustments().isEmpty()) {
            out.append(l("none")).append("\n\n");
        } else {
            out.append("| ").append(l("step")).append(" | ").append(l("target")).append(" | ").append(l("factor")).append(" | ")
                    .append(l("costsDelta")).append(" | ").append(l("benefitsDelta")).append(" |\n|---|---|---:|---:|---:|\n");
            for (var a : f.adjustments()) {
                out.append("| ").append(esc(a.description())).append(" | ").append(esc(Words.target(lang, a.step(), a.target(), f))).append(" | ").append(a.factor())
                        .append(" | ").append(num(a.costsDelta())).append(" | ").append(num(a.benefitsDelta())).append(" |\n");
            }
            out.append('\n');
        }
        out.append("### ").append(l("costs")).append("\n\n| ").append(l("category")).append(" | ").append(l("entered"))
                .append(" | ").append(l("estimated")).append(" |\n|---|---:|---:|\n");
        for (var c : f.costBreakdown()) {
            out.append("| ").append(esc(Words.of(lang, "category", c.category()))).append(" | ").append(num(c.entered())).append(" | ")
                    .append(c.estimated() == null ? "" : num(c.estimated()) + l("parenOpen") + "`" + c.finding() + "`" + l("parenClose")).append(" |\n");
        }
        out.append('\n').append(TcoRendering.markdown(f.tco(), lang, r.currency()));
        out.append("### ").append(l("periods")).append("\n\n| ").append(l("period")).append(" | ").append(l("totalCosts"))
                .append(" | ").append(l("totalBenefits")).append(" | ").append(l("net")).append(" | ").append(l("cumulative"))
                .append(" |\n|---:|---:|---:|---:|---:|\n");
        for (var p : f.adjusted().periods()) {
            out.append("| ").append(p.period()).append(" | ").append(num(p.costs())).append(" | ").append(num(p.benefits()))
                    .append(" | ").append(num(p.net())).append(" | ").append(num(p.cumulativeNet())).append(" |\n");
        }
        out.append("\n### ").append(l("definitions")).append("\n\n");
        for (var d : f.definitions()) {
            out.append("- ").append(esc(d.definition())).append('\n');
        }
        out.append('\n');
    }

    private void percentRow(String key, BigDecimal entered, BigDecimal adjusted) {
        out.append("| ").append(l(key)).append(" | ").append(pct(entered)).append(" | ").append(pct(adjusted)).append(" |\n");
    }

    /** One figure's row: its label, the entered and the adjusted amount. */
    private void row(String key, BigDecimal entered, BigDecimal adjusted) {
        out.append("| ").append(l(key)).append(" | ").append(num(entered)).append(" | ").append(num(adjusted)).append(" |\n");
    }

    private void benefits() {
        out.append("## ").append(l("benefits")).append("\n\n");
        if (r.benefitLines().isEmpty()) {
            out.append(l("none")).append("\n\n");
        } else {
            out.append("| ID | ").append(l("source")).append(" | ").append(l("formula")).append(" | ").append(l("annual"))
                    .append(" | ").append(l("total")).append(" | ").append(l("adjustedTotal")).append(" |\n|---|---|---|---:|---:|---:|\n");
            for (var b : r.benefitLines()) {
                out.append("| ").append(esc(b.id())).append(" | ").append(code(b.source())).append(" | ").append(esc(b.formula()))
                        .append("<br>").append(code(inputs(b.inputs()))).append(" | ").append(esc(Labels.annual(lang, b))).append(" | ")
                        .append(num(b.total())).append(" | ").append(num(b.adjustedTotal())).append(" |\n");
            }
            out.append('\n');
        }
        if (!r.indicators().isEmpty()) {
            out.append("### ").append(l("indicators")).append("\n\n| ID | ").append(l("source")).append(" | ")
                    .append(l("before")).append(" | ").append(l("after")).append(" |\n|---|---|---:|---:|\n");
            for (var i : r.indicators()) {
                out.append("| ").append(esc(i.title())).append(" | ").append(code(i.source())).append(" | ")
                        .append(num(Numbers.shown(i.before()))).append(" | ").append(num(Numbers.shown(i.after()))).append(" |\n");
            }
            out.append('\n');
        }
    }

    private void claim() {
        if (r.claimCheck() == null) {
            return;
        }
        var c = r.claimCheck();
        out.append("## ").append(l("claim")).append("\n\n- ").append(l("claimed")).append(l("colon")).append(pct(c.claimedRoiPercent()))
                .append("\n- ").append(l("recomputed")).append(l("colon")).append(pct(c.recomputedRoiPercent())).append("\n- ")
                .append(l("ratio")).append(l("colon")).append(pct(c.benefitCostRatioPercent())).append("\n- ").append(l("consistent"))
                .append(l("colon")).append(c.consistent() == null ? l("undefined") : l(c.consistent() ? "yes" : "no")).append("\n\n");
    }

    private void findings() {
        out.append("## ").append(l("findings")).append("\n\n");
        if (r.findings().isEmpty()) {
            out.append(l("none")).append("\n\n");
            return;
        }
        Map<String, List<ReportFinding>> byFamily = r.findings().stream()
                .collect(Collectors.groupingBy(f -> f.code().substring(0, f.code().indexOf('/')),
                        java.util.LinkedHashMap::new, Collectors.toList()));
        byFamily.forEach((family, list) -> {
            out.append("### ").append(l(family)).append("\n\n");
            for (ReportFinding f : list) {
                out.append("- **").append(code(f.code())).append("**").append(l("parenOpen"))
                        .append(esc(Words.of(lang, "severity", f.severity()))).append(l("parenClose")).append(l("afterParen"))
                        .append(esc(f.message())).append('\n');
                if (!f.evidence().isEmpty()) {
                    out.append("  - ").append(l("evidence")).append(l("colon")).append(code(inputs(f.evidence()))).append('\n');
                }
                if (f.estimate() != null) {
                    out.append("  - ").append(l("estimate")).append(l("colon")).append(Numbers.money(f.estimate(), r.currency())).append('\n');
                }
                out.append("  - ").append(l("rule")).append(l("colon")).append(rule(f.rule())).append('\n');
            }
            out.append('\n');
        });
    }

    private void recommendations() {
        out.append("## ").append(l("recommendations")).append("\n\n");
        if (r.recommendations().isEmpty()) {
            out.append(l("none")).append("\n\n");
            return;
        }
        int n = 1;
        for (var rec : r.recommendations()) {
            out.append(n++).append(". ").append(esc(rec.text())).append(l("parenOpen")).append('`').append(rec.code()).append('`')
                    .append(l("listSeparator")).append(l("because")).append(l("colon"))
                    .append(rec.because().stream().map(b -> "`" + b + "`").collect(Collectors.joining(l("itemSeparator"))))
                    .append(l("listSeparator")).append(l("rule")).append(l("colon")).append(rule(rec.rule())).append(l("parenClose"))
                    .append('\n');
        }
        out.append('\n');
    }

    private void provenance() {
        var p = r.provenance();
        out.append("## ").append(l("provenance")).append("\n\n- ").append(l("engineVersion")).append(l("colon")).append(p.engineVersion());
        if (p.engineCommit() != null) {
            out.append("\n- ").append(l("engineCommit")).append(l("colon")).append('`').append(esc(p.engineCommit())).append('`');
        }
        out.append("\n- ").append(l("rulesHash")).append(l("colon")).append('`').append(p.rulesHash()).append("`\n- ")
                .append(l("inputHash")).append(l("colon")).append('`').append(p.inputHash()).append("`\n");
        if (!p.ruleFiles().isEmpty()) {
            out.append("- ").append(l("ruleFiles")).append(l("colon")).append(Labels.ruleFilesCount(lang, p)).append('\n');
        }
        for (var pl : p.plugins()) {
            out.append("- ").append(l("pluginEntry")).append(" ").append(code(pl.id() + "@" + pl.version())).append(l("parenOpen"))
                    .append(esc(Labels.word(lang, "pluginOrigin", pl.origin())))
                    .append(pl.jarHash() == null ? "" : l("comma") + "`" + pl.jarHash() + "`").append(l("parenClose")).append("\n");
        }
        out.append('\n');
        if (!p.ruleFiles().isEmpty()) {
            out.append("<details><summary>").append(l("ruleFiles")).append(l("parenOpen")).append(p.ruleFiles().size())
                    .append(l("parenClose")).append("</summary>\n\n| ").append(l("file")).append(" | ").append(l("origin"))
                    .append(" | SHA-256 |\n|---|---|---|\n");
            for (var f : p.ruleFiles()) {
                out.append("| ").append(code(f.path())).append(" | ").append(Labels.word(lang, "fileOrigin", f.origin()))
                        .append(" | `").append(esc(f.sha256())).append("` |\n");
            }
            out.append("\n</details>\n\n");
        }
    }

    private void trace() {
        out.append("<details><summary>").append(l("trace")).append(l("parenOpen")).append(r.trace().size()).append(l("parenClose")).append("</summary>\n\n");
        int n = 1;
        for (var t : r.trace()) {
            out.append(n++).append(". ").append(code(t.rule())).append(" — ").append(esc(VisibleControls.of(t.file()))).append('\n');
        }
        out.append("\n</details>\n");
    }

    private String rule(ReportRule rule) {
        return rule == null ? "" : code(rule.name()) + l("parenOpen") + esc(VisibleControls.of(rule.file())) + l("parenClose");
    }

    private String months(BigDecimal m) {
        return m == null ? l("never") : Numbers.amount(m);
    }

    private String num(BigDecimal v) {
        return v == null ? l("undefined") : Numbers.amount(v);
    }

    private String pct(BigDecimal v) {
        return v == null ? l("undefined") : Numbers.percent(v);
    }

    private String inputs(Map<String, Object> values) {
        return values.entrySet().stream().map(e -> e.getKey() + " = " + Placeholders.format(Numbers.shownValue(e.getValue(), lang)))
                .collect(Collectors.joining("; "));
    }

    /**
     * Keeps table cells intact and stops text from a case, a rule or a plugin being read as Markdown markup,
     * a link ({@code [x](javascript:…)}), emphasis ({@code **x**}), raw HTML or a terminal escape: brackets,
     * backticks, pipes, asterisks and underscores are
     * backslash-escaped, {@code < > &} become entities, control characters are dropped.
     */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '|', '[', ']', '`', '\\', '*', '_' -> out.append('\\').append(c);
                case '\n', '\r', '\t' -> out.append(' ');
                default -> {
                    if (!VisibleControls.hidden(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * Untrusted text shown as code: in backticks when it holds none, else escaped plain text; control characters
     * shown as escapes ({@link VisibleControls}), never as a space.
     */
    static String code(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String visible = VisibleControls.of(s);
        if (visible.indexOf('`') >= 0) {
            return esc(visible);
        }
        return "`" + visible.replace("|", "\\|") + "`";
    }
}
