package io.roiassay.engine.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

/**
 * The two range charts of the HTML report as inline SVG: the tornado (each driver moved alone across its
 * range, ROI at both ends, widest swing first as given) and the distribution of ROI over the draws (the
 * P10–P90 band with P10, P50 and P90 marked, the point ROI, and the share of draws per grade). They draw plain
 * labelled values; which driver matters and which grade a draw gets was decided before.
 */
final class SvgRanges {

    /**
     * One tornado row: the driver's label, its range as text, and ROI and grade at the low and high end, with the
     * grades' words as shown (a band's when the verdict is unproven whatever the ROI).
     */
    record Swing(String key, String label, String range, BigDecimal roiLow, BigDecimal roiHigh,
                 String gradeLow, String gradeHigh, String gradeLowWord, String gradeHighWord) {
    }

    /** One grade's share of the draws (0..1), with its code (for the colour) and word. */
    record Share(String grade, String label, BigDecimal share) {
    }

    private static final int WIDTH = 760;
    private static final int LABEL = 210;
    private static final int VALUES = 150;
    private static final int TOP = 48;
    private static final int ROW = 44;
    private static final String LOW_COLOUR = "#f0883e";
    private static final String HIGH_COLOUR = "#388bfd";
    private static final String BAND_COLOUR = "#b6d3fb";

    private SvgRanges() {
    }

    /** The colour a grade is drawn in (the badge colours of the verdict). */
    static String gradeColour(String grade) {
        return switch (grade == null ? "" : grade) {
            case "strong" -> "#116329";
            case "positive" -> "#2da44e";
            case "marginal" -> "#bf8700";
            case "negative" -> "#cf222e";
            default -> "#6e7781";
        };
    }

    /** The tornado around {@code base} (the point ROI), one row per swing in the order given. */
    static String tornado(List<Swing> swings, BigDecimal base, String lang) {
        List<BigDecimal> values = Stream.concat(Stream.of(base), swings.stream().flatMap(s -> Stream.of(s.roiLow(), s.roiHigh())))
                .filter(java.util.Objects::nonNull).toList();
        List<BigDecimal> ticks = SvgCharts.ticks(values.stream().reduce(BigDecimal.ZERO, BigDecimal::min),
                values.stream().reduce(BigDecimal.ZERO, BigDecimal::max));
        int bottom = TOP + swings.size() * ROW;
        int height = bottom + 34;
        SvgCharts.Axis x = new SvgCharts.Axis(ticks.get(0), ticks.get(ticks.size() - 1), LABEL + 20, WIDTH - VALUES - 20);
        StringBuilder svg = open("tornado", height, Labels.get(lang, "tornadoChart"));
        axis(svg, ticks, x, TOP - 8, bottom);
        SvgCharts.legendBox(svg, LABEL + 10, Labels.get(lang, "atLow"), LOW_COLOUR);
        SvgCharts.legendBox(svg, LABEL + 200, Labels.get(lang, "atHigh"), HIGH_COLOUR);
        String bx = x.px(base).toPlainString();
        int row = TOP;
        for (Swing s : swings) {
            svg.append("<g class=\"tornado-row\" data-driver=\"").append(esc(s.key())).append("\"")
                    .append(s.gradeLow() != null && !s.gradeLow().equals(s.gradeHigh()) ? " data-crosses=\"true\"" : "").append(">")
                    .append("<text x=\"").append(LABEL).append("\" y=\"").append(row + 14).append("\" text-anchor=\"end\" fill=\"#24292f\">")
                    .append(esc(s.label())).append("</text><text x=\"").append(LABEL).append("\" y=\"").append(row + 29)
                    .append("\" text-anchor=\"end\" fill=\"#57606a\" font-size=\"11\">").append(esc(s.range())).append("</text>");
            end(svg, "low", s.roiLow(), s.gradeLow(), s.gradeLowWord(), base, x, row, LOW_COLOUR, 0);
            end(svg, "high", s.roiHigh(), s.gradeHigh(), s.gradeHighWord(), base, x, row, HIGH_COLOUR, 1);
            svg.append("</g>\n");
            row += ROW;
        }
        svg.append("<line class=\"base\" x1=\"").append(bx).append("\" x2=\"").append(bx).append("\" y1=\"").append(TOP - 8)
                .append("\" y2=\"").append(bottom).append("\" stroke=\"#24292f\" stroke-width=\"2\"/>")
                .append("<text x=\"").append(bx).append("\" y=\"").append(TOP - 12).append("\" text-anchor=\"middle\" fill=\"#24292f\"")
                .append(" font-size=\"11\">").append(esc(Labels.get(lang, "pointRoi") + " " + Numbers.percent(base))).append("</text>\n");
        return svg.append("</svg>").toString();
    }

    /** One end of a tornado row: its bar from the base to the ROI, and its value in the column at the right. */
    private static void end(StringBuilder svg, String which, BigDecimal roi, String grade, String gradeWord, BigDecimal base,
                            SvgCharts.Axis x, int row, String colour, int line) {
        if (roi == null) {
            return;
        }
        BigDecimal a = x.px(base.min(roi));
        BigDecimal b = x.px(base.max(roi));
        String text = Numbers.percent(roi) + (grade == null ? "" : " · " + gradeWord);
        svg.append("<rect class=\"swing swing-").append(which).append("\" data-roi=\"").append(esc(roi.toPlainString()))
                .append("\" x=\"").append(a.toPlainString()).append("\" y=\"").append(row + 2).append("\" width=\"")
                .append(b.subtract(a).max(BigDecimal.ONE).toPlainString()).append("\" height=\"22\" fill=\"").append(colour)
                .append("\"><title>").append(esc(text)).append("</title></rect>")
                .append("<rect x=\"").append(WIDTH - VALUES + 4).append("\" y=\"").append(row + 4 + 15 * line)
                .append("\" width=\"8\" height=\"8\" fill=\"").append(colour).append("\"/>")
                .append("<text class=\"amount\" x=\"").append(WIDTH - VALUES + 16).append("\" y=\"").append(row + 12 + 15 * line)
                .append("\" font-size=\"11\" fill=\"").append(gradeColour(grade)).append("\">").append(esc(text)).append("</text>");
    }

    /**
     * The distribution of ROI: a band from P10 to P90 with the three percentiles marked and labelled, the point
     * ROI as a diamond, and below it one stacked bar of the share of draws per grade.
     */
    static String distribution(BigDecimal p10, BigDecimal p50, BigDecimal p90, BigDecimal point, List<Share> shares,
                               boolean bands, String lang) {
        List<BigDecimal> values = Stream.of(p10, p50, p90, point).filter(java.util.Objects::nonNull).toList();
        List<BigDecimal> ticks = SvgCharts.ticks(values.stream().reduce(BigDecimal.ZERO, BigDecimal::min),
                values.stream().reduce(BigDecimal.ZERO, BigDecimal::max));
        int bandTop = 64;
        int axisAt = bandTop + 72;
        int sharesTop = axisAt + 44;
        int height = sharesTop + (shares.isEmpty() ? 0 : 60);
        SvgCharts.Axis x = new SvgCharts.Axis(ticks.get(0), ticks.get(ticks.size() - 1), 60, WIDTH - 60);
        StringBuilder svg = open("distribution", height, Labels.get(lang, "distributionChart"));
        axis(svg, ticks, x, bandTop - 20, axisAt);
        BigDecimal l = x.px(p10);
        BigDecimal h = x.px(p90);
        svg.append("<rect class=\"band\" x=\"").append(l.toPlainString()).append("\" y=\"").append(bandTop).append("\" width=\"")
                .append(h.subtract(l).max(BigDecimal.ONE).toPlainString()).append("\" height=\"40\" fill=\"").append(BAND_COLOUR)
                .append("\" stroke=\"").append(HIGH_COLOUR).append("\"><title>P10–P90: ").append(esc(Numbers.percent(p10)))
                .append(" – ").append(esc(Numbers.percent(p90))).append("</title></rect>\n");
        percentiles(svg, p10, p50, p90, x, bandTop);
        if (point != null) {
            String px = x.px(point).toPlainString();
            svg.append("<g class=\"point-roi\" data-roi=\"").append(esc(point.toPlainString())).append("\"><path d=\"M").append(px)
                    .append(',').append(bandTop + 46).append(" l6,6 l-6,6 l-6,-6 z\" fill=\"#24292f\"/><text x=\"").append(px)
                    .append("\" y=\"").append(bandTop + 68).append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#24292f\">")
                    .append(esc(Labels.get(lang, "pointRoi") + " " + Numbers.percent(point))).append("</text></g>\n");
        }
        if (!shares.isEmpty()) {
            svg.append("<text x=\"60\" y=\"").append(sharesTop - 8).append("\" fill=\"#24292f\" font-weight=\"600\">")
                    .append(esc(Labels.get(lang, bands ? "gradeSharesBands" : "gradeShares"))).append("</text>\n");
            BigDecimal from = BigDecimal.valueOf(60);
            BigDecimal span = BigDecimal.valueOf(WIDTH - 120);
            for (Share s : shares) {
                BigDecimal w = span.multiply(s.share()).setScale(1, java.math.RoundingMode.HALF_UP);
                String text = s.label() + " " + Numbers.share(s.share());
                svg.append("<g class=\"grade-share\" data-grade=\"").append(esc(s.grade())).append("\" data-share=\"")
                        .append(esc(s.share().toPlainString())).append("\"><title>").append(esc(text)).append("</title><rect x=\"")
                        .append(from.toPlainString()).append("\" y=\"").append(sharesTop).append("\" width=\"").append(w.toPlainString())
                        .append("\" height=\"22\" fill=\"").append(gradeColour(s.grade())).append("\"/>");
                if (w.compareTo(BigDecimal.valueOf(90)) >= 0) {
                    svg.append("<text x=\"").append(from.add(BigDecimal.valueOf(6)).toPlainString()).append("\" y=\"")
                            .append(sharesTop + 15).append("\" fill=\"#ffffff\" font-size=\"11\">").append(esc(text)).append("</text>");
                }
                svg.append("</g>\n");
                from = from.add(w);
            }
        }
        return svg.append("</svg>").toString();
    }

    /** About the width of one character of an 11 px label, for keeping labels inside the chart and apart. */
    private static final double CHAR_PX = 6.5;

    /**
     * The three percentile lines and their labels: P10's to the left of its line, P50's centred, P90's to the right,
     * all on one row when their labels do not meet; when they would, on three rows (P10 lowest) so that none
     * prints over another; when the three are the same value, one label names them all ("P10 = P50 = P90 9.66%": a review
     * saw "-100.00%P10…" printed on top of each other). Every label is kept inside the chart's width.
     */
    private static void percentiles(StringBuilder svg, BigDecimal p10, BigDecimal p50, BigDecimal p90, SvgCharts.Axis x, int top) {
        if (p10 == null || p50 == null || p90 == null) {
            marker(svg, "p10", p10, x, top, "end", 1, 0, label("p10", p10));
            marker(svg, "p50", p50, x, top, "middle", 3, 0, label("p50", p50));
            marker(svg, "p90", p90, x, top, "start", 1, 0, label("p90", p90));
            return;
        }
        double l = x.px(p10).doubleValue();
        double m = x.px(p50).doubleValue();
        double h = x.px(p90).doubleValue();
        if (p10.compareTo(p90) == 0) {
            marker(svg, "p10", p10, x, top, "middle", 1, 0, null);
            marker(svg, "p90", p90, x, top, "middle", 1, 0, null);
            marker(svg, "p50", p50, x, top, "middle", 3, 0, "P10 = P50 = P90 " + Numbers.percent(p50));
            return;
        }
        String t10 = label("p10", p10);
        String t50 = label("p50", p50);
        String t90 = label("p90", p90);
        // apart: P10's label (ending at its line), P50's (centred) and P90's (starting at its line) do not meet, where
        // each is drawn, moved inside the chart; otherwise three rows
        double[] e10 = extent(l, "end", t10);
        double[] e50 = extent(m, "middle", t50);
        double[] e90 = extent(h, "start", t90);
        boolean apart = e10[1] + 4 <= e50[0] && e50[1] + 4 <= e90[0];
        marker(svg, "p10", p10, x, top, "end", 1, 0, t10);
        marker(svg, "p50", p50, x, top, "middle", 3, apart ? 0 : 1, t50);
        marker(svg, "p90", p90, x, top, "start", 1, apart ? 0 : 2, t90);
    }

    /** Where a label anchored at {@code at} is drawn, from its left to its right edge, once moved inside the chart. */
    private static double[] extent(double at, String anchor, String text) {
        double w = width(text);
        double left = left(at, anchor, w);
        left += shift(left, w);
        return new double[] {left, left + w};
    }

    /** The left edge of a label {@code w} wide anchored at {@code at} ("end": it ends there; "middle"; "start"). */
    private static double left(double at, String anchor, double w) {
        return anchor.equals("end") ? at - w : anchor.equals("middle") ? at - w / 2 : at;
    }

    /** How far a label from {@code left}, {@code w} wide, moves to stay 2 px inside the chart's width. */
    private static double shift(double left, double w) {
        return left < 2 ? 2 - left : left + w > WIDTH - 2 ? WIDTH - 2 - (left + w) : 0;
    }

    private static String label(String name, BigDecimal value) {
        return value == null ? null : name.toUpperCase(java.util.Locale.ROOT) + " " + Numbers.percent(value);
    }

    private static double width(String text) {
        return text.length() * CHAR_PX;
    }

    /**
     * One percentile's line and, unless {@code text} is null, its label on {@code row} (0 just above the band, each
     * further row 14 px higher, the line reaching up to it), moved inward where it would leave the chart.
     */
    private static void marker(StringBuilder svg, String name, BigDecimal value, SvgCharts.Axis x, int top, String anchor, int width,
                               int row, String text) {
        if (value == null) {
            return;
        }
        BigDecimal px = x.px(value);
        int labelY = top - 8 - 14 * row;
        svg.append("<g class=\"percentile\" data-percentile=\"").append(name).append("\" data-roi=\"").append(esc(value.toPlainString()))
                .append("\"><line x1=\"").append(px.toPlainString()).append("\" x2=\"").append(px.toPlainString()).append("\" y1=\"")
                .append(text == null ? top - 4 : labelY + 4).append("\" y2=\"")
                .append(top + 44).append("\" stroke=\"#0a3069\" stroke-width=\"").append(width).append("\"/>");
        if (text != null) {
            double w = width(text);
            double shift = shift(left(px.doubleValue(), anchor, w), w);
            String tx = shift == 0 ? px.toPlainString()
                    : px.add(BigDecimal.valueOf(shift).setScale(1, java.math.RoundingMode.HALF_EVEN)).toPlainString();
            svg.append("<text x=\"").append(tx).append("\" y=\"")
                    .append(labelY).append("\" text-anchor=\"").append(anchor)
                    .append("\" font-size=\"11\" fill=\"#0a3069\">").append(esc(text)).append("</text>");
        }
        svg.append("</g>\n");
    }

    private static StringBuilder open(String cls, int height, String title) {
        return new StringBuilder().append("<svg class=\"chart ").append(cls).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" role=\"img\" font-size=\"12\">\n<title>").append(esc(title)).append("</title>\n");
    }

    private static void axis(StringBuilder svg, List<BigDecimal> ticks, SvgCharts.Axis x, int top, int bottom) {
        for (BigDecimal t : ticks) {
            String tx = x.px(t).toPlainString();
            boolean zero = t.signum() == 0;
            svg.append("<line class=\"").append(zero ? "zero" : "grid").append("\" x1=\"").append(tx).append("\" x2=\"").append(tx)
                    .append("\" y1=\"").append(top).append("\" y2=\"").append(bottom)
                    .append(zero ? "\" stroke=\"#57606a\" stroke-dasharray=\"4 3\"/>" : "\" stroke=\"#eaeef2\"/>")
                    .append("<text x=\"").append(tx).append("\" y=\"").append(bottom + 16)
                    .append("\" text-anchor=\"middle\" fill=\"#57606a\">").append(esc(SvgCharts.tick(t))).append("%</text>\n");
        }
    }

    private static String esc(String s) {
        return HtmlEscaper.escape(s);
    }
}
