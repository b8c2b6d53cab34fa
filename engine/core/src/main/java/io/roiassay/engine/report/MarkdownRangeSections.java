package io.roiassay.engine.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The Markdown report's parts about how sure the verdict is: the executive summary up front, and the sensitivity
 * section (tornado and break-even values as tables, the Monte Carlo's percentiles and ranges). Each returns ""
 * when the report has nothing for it. Same content as {@link HtmlRangeSections}, without the charts.
 */
final class MarkdownRangeSections {

    private MarkdownRangeSections() {
    }

    /** The executive summary: one bullet per sentence. */
    static String summary(Report r) {
        StringBuilder out = new StringBuilder("## ").append(Labels.get(r.language(), "summary")).append("\n\n");
        for (ExecutiveSummary.Sentence s : ExecutiveSummary.of(r)) {
            out.append("- ").append(esc(s.text())).append('\n');
        }
        return out.append('\n').toString();
    }

    /** Tornado, break-even values and the Monte Carlo's figures; "" when the report has neither. */
    static String sensitivity(Report r) {
        ReportSensitivity s = r.sensitivity();
        ReportUncertainty u = r.uncertainty();
        if (s == null && u == null) {
            return "";
        }
        String lang = r.language();
        boolean bands = Labels.bands(r);
        StringBuilder out = new StringBuilder("## ").append(Labels.get(lang, "sensitivity")).append("\n\n");
        if (s != null && !s.tornado().isEmpty()) {
            out.append("### ").append(Labels.get(lang, "tornadoChart")).append("\n\n")
                    .append(head(lang, "driver", "low", "high", "roiLow", "roiHigh"));
            for (var t : s.tornado()) {
                out.append("| ").append(esc(Words.driver(lang, t.driver(), r.profile()))).append(" | ")
                        .append(ExecutiveSummary.driverValue(t.driver(), t.low(), lang)).append(" | ")
                        .append(ExecutiveSummary.driverValue(t.driver(), t.high(), lang)).append(" | ")
                        .append(dash(Numbers.percent(t.roiLow()))).append(' ').append(Labels.grade(lang, t.gradeLow(), bands)).append(" | ")
                        .append(dash(Numbers.percent(t.roiHigh()))).append(' ').append(Labels.grade(lang, t.gradeHigh(), bands))
                        .append(" |\n");
            }
            out.append('\n');
        }
        if (s != null && (s.benefitTolerancePercent() != null || !s.breakEven().isEmpty())) {
            out.append("### ").append(Labels.get(lang, "breakEven")).append("\n\n");
            if (s.benefitTolerancePercent() != null) {
                out.append("- ").append(Labels.tolerance(lang, s.benefitTolerancePercent())).append("\n\n");
            }
            if (!s.breakEven().isEmpty()) {
                out.append(head(lang, "driver", "current", "breakEvenValue"));
                for (var b : s.breakEven()) {
                    out.append("| ").append(esc(Words.driver(lang, b.driver(), r.profile()))).append(" | ")
                            .append(esc(ExecutiveSummary.breakEvenCurrent(r, b))).append(" | ")
                            .append(ExecutiveSummary.driverValue(b.driver(), b.value(), lang)).append(" |\n");
                }
                out.append('\n');
            }
        }
        if (u != null) {
            uncertainty(out, u, r.currency(), lang, r.profile(), bands);
        }
        return out.toString();
    }

    private static void uncertainty(StringBuilder out, ReportUncertainty u, String currency, String lang,
                                    ReportProfile profile, boolean bands) {
        String colon = Labels.get(lang, "colon");
        out.append("### ").append(Labels.get(lang, "uncertainty")).append("\n\n- ").append(Labels.get(lang, "draws")).append(colon)
                .append(Numbers.amount(BigDecimal.valueOf(u.draws()))).append("\n- ").append(Labels.get(lang, "seed")).append(colon)
                .append(u.seed()).append("\n- ").append(Labels.get(lang, "probabilityNpvBelowZero")).append(colon)
                .append(dash(Numbers.share(u.probabilityNpvBelowZero())));
        if (u.grades() != null && !u.grades().isEmpty()) {
            // the same shares the HTML draws as bars, best grade first
            out.append("\n- ").append(Labels.get(lang, bands ? "gradeSharesBands" : "gradeShares")).append(colon);
            String separator = "";
            for (Map.Entry<String, BigDecimal> g : u.grades().entrySet()) {
                out.append(separator).append(Labels.grade(lang, g.getKey(), bands)).append(' ').append(dash(Numbers.share(g.getValue())));
                separator = Labels.get(lang, "listSeparator");
            }
        }
        out.append("\n\n").append(head(lang, "figure", "P10", "P50", "P90"));
        if (u.roiPercent() != null) {
            out.append("| ").append(Labels.get(lang, "roiPercent")).append(" | ").append(dash(Numbers.percent(u.roiPercent().p10())))
                    .append(" | ").append(dash(Numbers.percent(u.roiPercent().p50()))).append(" | ")
                    .append(dash(Numbers.percent(u.roiPercent().p90()))).append(" |\n");
        }
        if (u.npv() != null) {
            out.append("| ").append(Labels.get(lang, "npv")).append(Labels.get(lang, "parenOpen")).append(esc(currency))
                    .append(Labels.get(lang, "parenClose")).append(" | ").append(dash(Numbers.amount(u.npv().p10()))).append(" | ")
                    .append(dash(Numbers.amount(u.npv().p50()))).append(" | ").append(dash(Numbers.amount(u.npv().p90()))).append(" |\n");
        }
        out.append('\n');
        if (u.ranges() != null && !u.ranges().isEmpty()) {
            out.append("### ").append(Labels.get(lang, "ranges")).append("\n\n").append(head(lang, "driver", "low", "likely", "high"));
            for (Map.Entry<String, List<BigDecimal>> e : u.ranges().entrySet()) {
                out.append("| ").append(esc(Words.driver(lang, e.getKey(), profile)));
                e.getValue().forEach(v -> out.append(" | ").append(ExecutiveSummary.driverValue(e.getKey(), v, lang)));
                out.append(" |\n");
            }
            out.append('\n');
        }
    }

    /** A table head: the first column left-aligned, the others right-aligned. */
    private static String head(String lang, String first, String... numeric) {
        StringBuilder h = new StringBuilder("| ").append(Labels.get(lang, first));
        StringBuilder rule = new StringBuilder("|---");
        for (String k : numeric) {
            h.append(" | ").append(Labels.get(lang, k));
            rule.append("|---:");
        }
        return h.append(" |\n").append(rule).append("|\n").toString();
    }

    private static String dash(String s) {
        return s == null ? "—" : s;
    }

    /** Keeps table cells intact and stops text from being read as Markdown markup or HTML. */
    private static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|").replace("\n", " ");
    }
}
