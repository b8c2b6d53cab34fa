package io.roiassay.engine.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The HTML report's parts about how sure the verdict is: the executive summary up front (with the distribution
 * of ROI when the Monte Carlo ran), the waterfall from entered to adjusted ROI, and the sensitivity section
 * (tornado, break-even values, the Monte Carlo's percentiles and ranges). Each returns "" when the report has
 * nothing for it.
 */
final class HtmlRangeSections {

    private HtmlRangeSections() {
    }

    /** The executive summary: one sentence per point, then the distribution chart if there were draws. */
    static String summary(Report r) {
        String lang = lang(r);
        StringBuilder out = new StringBuilder("<section id=\"summary\" class=\"summary\">\n<h2>").append(esc(Labels.get(lang, "summary")))
                .append("</h2>\n<ul class=\"summary-points\">\n");
        for (ExecutiveSummary.Sentence s : ExecutiveSummary.of(r)) {
            out.append("<li class=\"").append(HtmlEscaper.id("s-", s.kind())).append("\">").append(esc(s.text())).append("</li>\n");
        }
        out.append("</ul>\n");
        ReportUncertainty u = r.uncertainty();
        if (u != null && u.roiPercent() != null && u.roiPercent().p10() != null) {
            List<SvgRanges.Share> shares = u.grades() == null ? List.of() : u.grades().entrySet().stream()
                    .map(e -> new SvgRanges.Share(e.getKey(), Labels.grade(lang, e.getKey(), Labels.bands(r)), e.getValue())).toList();
            out.append("<h3>").append(esc(Labels.get(lang, "distributionChart"))).append("</h3>\n")
                    .append(SvgRanges.distribution(u.roiPercent().p10(), u.roiPercent().p50(), u.roiPercent().p90(),
                            r.financials().adjusted().roiPercent(), shares, Labels.bands(r), lang)).append('\n');
        }
        return out.append("</section>\n").toString();
    }

    /** The waterfall chart with its heading and a note on what it shows; "" when it cannot be drawn. */
    static String waterfall(Report r) {
        String lang = lang(r);
        List<SvgWaterfall.Level> levels = RoiWaterfall.levels(r.financials(), lang, r.profile());
        if (levels.size() < 2) {
            return "";
        }
        return "<h3>" + esc(Labels.get(lang, "waterfallChart")) + "</h3>\n"
                + SvgWaterfall.render(levels, Labels.get(lang, "waterfallChart"), lang) + "\n<p class=\"muted note\">"
                + esc(Labels.get(lang, "waterfallNote")) + "</p>\n";
    }

    /** Tornado, break-even values and the Monte Carlo's figures; "" when the report has neither. */
    static String sensitivity(Report r) {
        ReportSensitivity s = r.sensitivity();
        ReportUncertainty u = r.uncertainty();
        if (s == null && u == null) {
            return "";
        }
        String lang = lang(r);
        StringBuilder out = new StringBuilder("<section id=\"sensitivity\">\n<h2>").append(esc(Labels.get(lang, "sensitivity")))
                .append("</h2>\n");
        if (s != null && !s.tornado().isEmpty()) {
            out.append("<h3>").append(esc(Labels.get(lang, "tornadoChart"))).append("</h3>\n")
                    .append(SvgRanges.tornado(s.tornado().stream().map(t -> swing(t, lang, r.profile(), Labels.bands(r))).toList(),
                            r.financials().adjusted().roiPercent() == null ? BigDecimal.ZERO : r.financials().adjusted().roiPercent(),
                            lang)).append('\n');
            out.append(head(lang, "driver", "low", "high", "roiLow", "roiHigh"));
            for (var t : s.tornado()) {
                out.append("<tr><td>").append(esc(Words.driver(lang, t.driver(), r.profile()))).append(" <code>").append(esc(t.driver()))
                        .append("</code></td>").append(num(ExecutiveSummary.driverValue(t.driver(), t.low(), lang)))
                        .append(num(ExecutiveSummary.driverValue(t.driver(), t.high(), lang)))
                        .append(num(Numbers.percent(t.roiLow()) + " · " + Labels.grade(lang, t.gradeLow(), Labels.bands(r))))
                        .append(num(Numbers.percent(t.roiHigh()) + " · " + Labels.grade(lang, t.gradeHigh(), Labels.bands(r))))
                        .append("</tr>\n");
            }
            out.append("</tbody></table>\n");
        }
        if (s != null && (s.benefitTolerancePercent() != null || !s.breakEven().isEmpty())) {
            out.append("<h3>").append(esc(Labels.get(lang, "breakEven"))).append("</h3>\n");
            if (s.benefitTolerancePercent() != null) {
                out.append("<p><strong>").append(esc(Labels.tolerance(lang, s.benefitTolerancePercent()))).append("</strong></p>\n");
            }
            if (!s.breakEven().isEmpty()) {
                out.append(head(lang, "driver", "current", "breakEvenValue"));
                for (var b : s.breakEven()) {
                    out.append("<tr><td>").append(esc(Words.driver(lang, b.driver(), r.profile()))).append(" <code>").append(esc(b.driver()))
                            .append("</code></td>").append(num(ExecutiveSummary.breakEvenCurrent(r, b)))
                            .append(num(ExecutiveSummary.driverValue(b.driver(), b.value(), lang))).append("</tr>\n");
                }
                out.append("</tbody></table>\n");
            }
        }
        if (u != null) {
            uncertainty(out, u, r.currency(), lang, r.profile());
        }
        return out.append("</section>\n").toString();
    }

    private static void uncertainty(StringBuilder out, ReportUncertainty u, String currency, String lang,
                                    ReportProfile profile) {
        out.append("<h3>").append(esc(Labels.get(lang, "uncertainty"))).append("</h3>\n<dl class=\"facts\">\n<dt>")
                .append(esc(Labels.get(lang, "draws"))).append("</dt><dd>").append(esc(Numbers.amount(BigDecimal.valueOf(u.draws()))))
                .append("</dd>\n<dt>").append(esc(Labels.get(lang, "seed"))).append("</dt><dd>").append(u.seed()).append("</dd>\n<dt>")
                .append(esc(Labels.get(lang, "probabilityNpvBelowZero"))).append("</dt><dd>")
                .append(esc(orDash(Numbers.share(u.probabilityNpvBelowZero())))).append("</dd>\n</dl>\n")
                .append(head(lang, "figure", "P10", "P50", "P90"));
        if (u.roiPercent() != null) {
            out.append("<tr><td>").append(esc(Labels.get(lang, "roiPercent"))).append("</td>")
                    .append(num(Numbers.percent(u.roiPercent().p10()))).append(num(Numbers.percent(u.roiPercent().p50())))
                    .append(num(Numbers.percent(u.roiPercent().p90()))).append("</tr>\n");
        }
        if (u.npv() != null) {
            out.append("<tr><td>").append(esc(Labels.get(lang, "npv"))).append(" (").append(esc(currency)).append(")</td>")
                    .append(num(Numbers.amount(u.npv().p10()))).append(num(Numbers.amount(u.npv().p50())))
                    .append(num(Numbers.amount(u.npv().p90()))).append("</tr>\n");
        }
        out.append("</tbody></table>\n");
        if (u.ranges() != null && !u.ranges().isEmpty()) {
            out.append("<h3>").append(esc(Labels.get(lang, "ranges"))).append("</h3>\n").append(head(lang, "driver", "low", "likely", "high"));
            for (Map.Entry<String, List<BigDecimal>> e : u.ranges().entrySet()) {
                out.append("<tr><td>").append(esc(Words.driver(lang, e.getKey(), profile))).append(" <code>").append(esc(e.getKey()))
                        .append("</code></td>");
                e.getValue().forEach(v -> out.append(num(ExecutiveSummary.driverValue(e.getKey(), v, lang))));
                out.append("</tr>\n");
            }
            out.append("</tbody></table>\n");
        }
    }

    private static SvgRanges.Swing swing(ReportSensitivity.TornadoBar t, String lang, ReportProfile profile, boolean bands) {
        return new SvgRanges.Swing(t.driver(), Words.driver(lang, t.driver(), profile),
                ExecutiveSummary.driverValue(t.driver(), t.low(), lang) + " – " + ExecutiveSummary.driverValue(t.driver(), t.high(), lang),
                t.roiLow(), t.roiHigh(), t.gradeLow(), t.gradeHigh(), Labels.grade(lang, t.gradeLow(), bands),
                Labels.grade(lang, t.gradeHigh(), bands));
    }

    /** A table head: the first column text, the others right-aligned numbers. */
    private static String head(String lang, String first, String... numeric) {
        StringBuilder h = new StringBuilder("<table class=\"ranges\"><thead><tr><th>").append(esc(Labels.get(lang, first))).append("</th>");
        for (String k : numeric) {
            h.append("<th class=\"num\">").append(esc(Labels.get(lang, k))).append("</th>");
        }
        return h.append("</tr></thead><tbody>\n").toString();
    }

    private static String num(String text) {
        return "<td class=\"num\">" + esc(orDash(text)) + "</td>";
    }

    private static String orDash(String s) {
        return s == null ? "—" : s;
    }

    private static String lang(Report r) {
        return r.language() == null ? "en" : r.language();
    }

    private static String esc(String s) {
        return HtmlEscaper.escape(s);
    }
}
