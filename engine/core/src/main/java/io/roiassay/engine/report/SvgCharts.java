package io.roiassay.engine.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The inline SVG charts of the HTML report, drawn from the report's own figures with no library and no
 * script. Coordinates are computed in {@link BigDecimal} and rounded to 0.1 px; every amount written as
 * text is the report's own value, with thousands separators ({@link Numbers#amount}).
 */
final class SvgCharts {

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    static final String ENTERED_COLOUR = "#8c959f";
    static final String ADJUSTED_COLOUR = "#1f6feb";
    private static final String BAR_COLOUR = "#4c78a8";
    private static final String ESTIMATE_COLOUR = "#b7791f";

    private static final int CF_WIDTH = 760;
    private static final int CF_HEIGHT = 340;
    private static final int CF_LEFT = 104;
    private static final int CF_RIGHT = 24;
    private static final int CF_TOP = 48;
    private static final int CF_BOTTOM = 56;

    private static final int BAR_WIDTH = 760;
    private static final int BAR_LABEL = 170;
    private static final int BAR_MAX = 330;
    private static final int BAR_ROW = 40;
    private static final int BAR_TOP = 44;

    private SvgCharts() {
    }

    /**
     * Cumulative net cash flow per period, entered and adjusted, as two polylines with one marked point per
     * period, a zero line and a payback marker at period {@code paybackMonths / 12} for each series that
     * pays back within the horizon.
     */
    static String cashFlow(ReportFigures entered, ReportFigures adjusted, String lang, String currency) {
        List<BigDecimal> values = Stream.concat(entered.periods().stream(), adjusted.periods().stream())
                .map(ReportFigures.Period::cumulativeNet).filter(Objects::nonNull).toList();
        BigDecimal min = values.stream().reduce(BigDecimal.ZERO, BigDecimal::min);
        BigDecimal max = values.stream().reduce(BigDecimal.ZERO, BigDecimal::max);
        List<BigDecimal> ticks = ticks(min, max);
        int lastPeriod = Stream.concat(entered.periods().stream(), adjusted.periods().stream())
                .mapToInt(ReportFigures.Period::period).max().orElse(0);
        int bottom = CF_HEIGHT - CF_BOTTOM;
        Axis x = new Axis(BigDecimal.ZERO, BigDecimal.valueOf(Math.max(lastPeriod, 1)), CF_LEFT, CF_WIDTH - CF_RIGHT);
        Axis y = new Axis(ticks.get(0), ticks.get(ticks.size() - 1), bottom, CF_TOP);

        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart cash-flow\" viewBox=\"0 0 ").append(CF_WIDTH).append(' ').append(CF_HEIGHT)
                .append("\" width=\"").append(CF_WIDTH).append("\" height=\"").append(CF_HEIGHT)
                .append("\" role=\"img\" font-size=\"12\">\n<title>").append(esc(Labels.get(lang, "cashFlowChart")))
                .append("</title>\n");
        for (BigDecimal t : ticks) {
            String ty = y.px(t).toPlainString();
            boolean zero = t.signum() == 0;
            svg.append("<line class=\"").append(zero ? "zero" : "grid").append("\" x1=\"").append(CF_LEFT).append("\" x2=\"")
                    .append(CF_WIDTH - CF_RIGHT).append("\" y1=\"").append(ty).append("\" y2=\"").append(ty)
                    .append(zero ? "\" stroke=\"#24292f\" stroke-width=\"1.5\"/>" : "\" stroke=\"#d8dee4\" stroke-width=\"1\"/>")
                    .append("<text x=\"").append(CF_LEFT - 8).append("\" y=\"").append(ty)
                    .append("\" dy=\"0.35em\" text-anchor=\"end\" fill=\"#57606a\">")
                    .append(esc(tick(t))).append("</text>\n");
        }
        for (int p = 0; p <= lastPeriod; p++) {
            svg.append("<text x=\"").append(x.px(BigDecimal.valueOf(p)).toPlainString()).append("\" y=\"").append(bottom + 18)
                    .append("\" text-anchor=\"middle\" fill=\"#57606a\">").append(p).append("</text>\n");
        }
        svg.append("<line x1=\"").append(CF_LEFT).append("\" x2=\"").append(CF_LEFT).append("\" y1=\"").append(CF_TOP)
                .append("\" y2=\"").append(bottom).append("\" stroke=\"#57606a\"/>\n")
                .append("<text class=\"axis-title\" x=\"").append((CF_LEFT + CF_WIDTH - CF_RIGHT) / 2).append("\" y=\"")
                .append(CF_HEIGHT - 12).append("\" text-anchor=\"middle\" fill=\"#24292f\">")
                .append(esc(Labels.get(lang, "period"))).append("</text>\n")
                .append("<text class=\"axis-title\" x=\"").append(CF_LEFT - 8).append("\" y=\"").append(CF_TOP - 14)
                .append("\" text-anchor=\"end\" fill=\"#24292f\">").append(esc(currency)).append("</text>\n");
        legendLine(svg, CF_LEFT + 10, Labels.get(lang, "cumulativeEntered"), ENTERED_COLOUR, true);
        legendLine(svg, CF_LEFT + 230, Labels.get(lang, "cumulativeAdjusted"), ADJUSTED_COLOUR, false);
        series(svg, "entered", entered.periods(), x, y, ENTERED_COLOUR, true, Labels.get(lang, "cumulativeEntered"));
        series(svg, "adjusted", adjusted.periods(), x, y, ADJUSTED_COLOUR, false, Labels.get(lang, "cumulativeAdjusted"));
        payback(svg, "entered", entered.paybackMonths(), x, y, lastPeriod, ENTERED_COLOUR, 0, lang);
        payback(svg, "adjusted", adjusted.paybackMonths(), x, y, lastPeriod, ADJUSTED_COLOUR, 1, lang);
        return svg.append("</svg>").toString();
    }

    /**
     * Costs over the horizon per category: the entered part as a solid bar and the part a hidden-cost finding
     * estimated as a hatched bar after it, with the finding's code linked to its anchor.
     */
    static String costBars(List<ReportFinancials.CostCategoryLine> lines, String lang, String currency) {
        BigDecimal max = lines.stream().map(c -> nz(c.entered()).add(nz(c.estimated()))).reduce(BigDecimal.ZERO, BigDecimal::max);
        Axis x = new Axis(BigDecimal.ZERO, max.signum() > 0 ? max : BigDecimal.ONE, BAR_LABEL + 8, BAR_LABEL + 8 + BAR_MAX);
        int height = BAR_TOP + lines.size() * BAR_ROW + 8;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart cost-bars\" viewBox=\"0 0 ").append(BAR_WIDTH).append(' ').append(height)
                .append("\" width=\"").append(BAR_WIDTH).append("\" height=\"").append(height)
                .append("\" role=\"img\" font-size=\"12\">\n<title>").append(esc(Labels.get(lang, "costChart"))).append(" (")
                .append(esc(currency)).append(")</title>\n")
                .append("<defs><pattern id=\"hatch-estimate\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"")
                .append(" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#fdf0d5\"/>")
                .append("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"").append(ESTIMATE_COLOUR)
                .append("\" stroke-width=\"2.5\"/></pattern></defs>\n");
        legendBox(svg, BAR_LABEL + 8, Labels.get(lang, "entered"), BAR_COLOUR);
        legendBox(svg, BAR_LABEL + 148, Labels.get(lang, "estimated"), "url(#hatch-estimate)");
        int row = BAR_TOP;
        for (var c : lines) {
            BigDecimal entered = nz(c.entered());
            BigDecimal enteredEnd = x.px(entered);
            BigDecimal end = x.px(entered.add(nz(c.estimated())));
            String cat = esc(Words.of(lang, "category", c.category()));
            svg.append("<g class=\"cost-row\" data-category=\"").append(esc(c.category())).append("\">")
                    .append("<text x=\"").append(BAR_LABEL).append("\" y=\"").append(row + 13)
                    .append("\" text-anchor=\"end\" fill=\"#24292f\">").append(cat).append("</text>")
                    .append("<rect class=\"bar-entered\" x=\"").append(BAR_LABEL + 8).append("\" y=\"").append(row)
                    .append("\" width=\"").append(enteredEnd.subtract(BigDecimal.valueOf(BAR_LABEL + 8)).toPlainString())
                    .append("\" height=\"18\" fill=\"").append(BAR_COLOUR).append("\"><title>").append(cat).append(": ")
                    .append(esc(plain(c.entered(), lang))).append("</title></rect>");
            String amount = plain(c.entered(), lang);
            if (c.estimated() != null) {
                amount += " + " + Numbers.amount(c.estimated());
                svg.append("<rect class=\"bar-estimated\" x=\"").append(enteredEnd.toPlainString()).append("\" y=\"").append(row)
                        .append("\" width=\"").append(end.subtract(enteredEnd).toPlainString())
                        .append("\" height=\"18\" fill=\"url(#hatch-estimate)\" stroke=\"").append(ESTIMATE_COLOUR)
                        .append("\"><title>").append(cat).append(": ").append(esc(Numbers.amount(c.estimated())))
                        .append(' ').append(esc(Labels.get(lang, "estimated"))).append("</title></rect>");
            }
            svg.append("<text class=\"amount\" x=\"").append(end.add(BigDecimal.valueOf(6)).toPlainString()).append("\" y=\"")
                    .append(row + 13).append("\" fill=\"#24292f\">").append(esc(amount)).append("</text>");
            if (c.finding() != null) {
                svg.append("<a class=\"finding-ref\" href=\"#").append(HtmlEscaper.id("finding-", c.finding())).append("\">")
                        .append("<text x=\"").append(BAR_LABEL + 8).append("\" y=\"").append(row + 32)
                        .append("\" font-size=\"11\" fill=\"").append(ESTIMATE_COLOUR).append("\">")
                        .append(esc(Labels.get(lang, "estimatedBy"))).append(' ').append(esc(c.finding()))
                        .append("</text></a>");
            }
            svg.append("</g>\n");
            row += BAR_ROW;
        }
        return svg.append("</svg>").toString();
    }

    private static void series(StringBuilder svg, String name, List<ReportFigures.Period> periods, Axis x, Axis y,
                               String colour, boolean dashed, String label) {
        List<String> points = new ArrayList<>();
        StringBuilder dots = new StringBuilder();
        for (var p : periods) {
            if (p.cumulativeNet() == null) {
                continue;
            }
            String px = x.px(BigDecimal.valueOf(p.period())).toPlainString();
            String py = y.px(p.cumulativeNet()).toPlainString();
            points.add(px + "," + py);
            dots.append("<circle class=\"point point-").append(name).append("\" data-series=\"").append(name)
                    .append("\" data-period=\"").append(p.period()).append("\" cx=\"").append(px).append("\" cy=\"").append(py)
                    .append("\" r=\"4\" fill=\"").append(dashed ? "#ffffff" : colour).append("\" stroke=\"").append(colour)
                    .append("\" stroke-width=\"2\"><title>").append(esc(label)).append(", ").append(p.period()).append(": ")
                    .append(esc(Numbers.amount(p.cumulativeNet()))).append("</title></circle>\n");
        }
        svg.append("<polyline class=\"series series-").append(name).append("\" data-series=\"").append(name)
                .append("\" points=\"").append(String.join(" ", points)).append("\" fill=\"none\" stroke=\"").append(colour)
                .append("\" stroke-width=\"2.5\"").append(dashed ? " stroke-dasharray=\"6 4\"" : "").append("/>\n")
                .append(dots);
    }

    private static void payback(StringBuilder svg, String name, BigDecimal months, Axis x, Axis y, int lastPeriod,
                                String colour, int labelRow, String lang) {
        if (months == null) {
            return;
        }
        BigDecimal at = months.divide(TWELVE, MC).max(BigDecimal.ZERO).min(BigDecimal.valueOf(lastPeriod));
        BigDecimal px = x.px(at);
        BigDecimal py = y.px(BigDecimal.ZERO);
        String label = Placeholders.fill(Labels.get(lang, "paybackMarker"), java.util.Map.of("series",
                Labels.get(lang, name).toLowerCase(java.util.Locale.ROOT), "months", Numbers.amount(months)));
        boolean flip = px.compareTo(BigDecimal.valueOf(CF_WIDTH - CF_RIGHT - 230)) > 0;
        svg.append("<g class=\"payback payback-").append(name).append("\" data-series=\"").append(name)
                .append("\" data-months=\"").append(esc(months.toPlainString())).append("\"><title>").append(esc(label))
                .append("</title><line x1=\"").append(px).append("\" x2=\"").append(px).append("\" y1=\"").append(CF_TOP)
                .append("\" y2=\"").append(CF_HEIGHT - CF_BOTTOM).append("\" stroke=\"").append(colour)
                .append("\" stroke-dasharray=\"2 3\"/><path d=\"M").append(px).append(',').append(py.subtract(BigDecimal.valueOf(7)))
                .append(" l7,7 l-7,7 l-7,-7 z\" fill=\"").append(colour).append("\" stroke=\"#ffffff\"/><text x=\"")
                .append(flip ? px.subtract(BigDecimal.valueOf(6)) : px.add(BigDecimal.valueOf(6))).append("\" y=\"")
                .append(CF_TOP + 16 + 18 * labelRow).append("\" text-anchor=\"").append(flip ? "end" : "start")
                .append("\" fill=\"").append(colour).append("\" font-weight=\"600\">").append(esc(label)).append("</text></g>\n");
    }

    private static void legendLine(StringBuilder svg, int x, String label, String colour, boolean dashed) {
        svg.append("<g class=\"legend\"><line x1=\"").append(x).append("\" x2=\"").append(x + 28).append("\" y1=\"16\" y2=\"16\" stroke=\"")
                .append(colour).append("\" stroke-width=\"2.5\"").append(dashed ? " stroke-dasharray=\"6 4\"" : "")
                .append("/><text x=\"").append(x + 36).append("\" y=\"16\" dy=\"0.35em\" fill=\"#24292f\">").append(esc(label))
                .append("</text></g>\n");
    }

    static void legendBox(StringBuilder svg, int x, String label, String fill) {
        svg.append("<g class=\"legend\"><rect x=\"").append(x).append("\" y=\"9\" width=\"22\" height=\"14\" fill=\"").append(fill)
                .append("\" stroke=\"#57606a\" stroke-width=\"0.5\"/><text x=\"").append(x + 30)
                .append("\" y=\"16\" dy=\"0.35em\" fill=\"#24292f\">").append(esc(label)).append("</text></g>\n");
    }

    /** Round tick values from {@code min} (≤ 0) to {@code max} (≥ 0), about four steps of 1, 2, 2.5 or 5 × 10ⁿ. */
    static List<BigDecimal> ticks(BigDecimal min, BigDecimal max) {
        BigDecimal span = max.subtract(min);
        BigDecimal step = niceStep((span.signum() == 0 ? BigDecimal.ONE : span).divide(BigDecimal.valueOf(4), MC));
        BigDecimal lo = min.divide(step, 0, RoundingMode.FLOOR).multiply(step);
        BigDecimal hi = max.divide(step, 0, RoundingMode.CEILING).multiply(step);
        if (lo.compareTo(hi) == 0) {
            hi = lo.add(step);
        }
        List<BigDecimal> out = new ArrayList<>();
        for (BigDecimal t = lo; t.compareTo(hi) <= 0; t = t.add(step)) {
            out.add(t);
        }
        return out;
    }

    /** A tick value as an axis shows it: no trailing zeros, thousands separators ({@code 250000.00} → {@code 250,000}). */
    static String tick(BigDecimal t) {
        BigDecimal s = t.stripTrailingZeros();
        return Numbers.amount(s.scale() < 0 ? s.setScale(0) : s);
    }

    private static BigDecimal niceStep(BigDecimal raw) {
        int exponent = raw.precision() - raw.scale() - 1;
        BigDecimal magnitude = BigDecimal.ONE.scaleByPowerOfTen(exponent);
        BigDecimal fraction = raw.divide(magnitude, MC);
        BigDecimal nice = Stream.of("1", "2", "2.5", "5").map(BigDecimal::new).filter(n -> fraction.compareTo(n) <= 0)
                .findFirst().orElse(BigDecimal.TEN);
        return nice.multiply(magnitude);
    }

    private static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    private static String plain(BigDecimal v, String lang) {
        return v == null ? Labels.get(lang, "undefined") : Numbers.amount(v);
    }

    private static String esc(String s) {
        return HtmlEscaper.escape(s);
    }

    /** Maps {@code [lo, hi]} onto the pixels {@code [from, to]}, rounded to 0.1 px. */
    record Axis(BigDecimal lo, BigDecimal hi, int from, int to) {
        BigDecimal px(BigDecimal v) {
            BigDecimal offset = v.subtract(lo).multiply(BigDecimal.valueOf(to - from)).divide(hi.subtract(lo), MC);
            return BigDecimal.valueOf(from).add(offset).setScale(1, RoundingMode.HALF_UP);
        }
    }
}
