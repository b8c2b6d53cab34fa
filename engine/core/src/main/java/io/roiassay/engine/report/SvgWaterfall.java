package io.roiassay.engine.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * The waterfall from entered to adjusted ROI as inline SVG: the first and last rows are whole bars from zero,
 * every row between floats from the level before it to its own level (red when the step lowers ROI, green
 * when it raises it). It draws plain labelled levels and knows nothing of how they were computed.
 */
final class SvgWaterfall {

    /** One row: a short label, a longer description for the tooltip, and the ROI (percent points) after it. */
    record Level(String key, String label, String description, BigDecimal value) {
    }

    private static final int WIDTH = 760;
    private static final int LABEL = 250;
    private static final int RIGHT = 96;
    private static final int TOP = 40;
    private static final int ROW = 30;
    private static final int BOTTOM = 34;
    private static final String TOTAL_COLOUR = "#1f6feb";
    private static final String START_COLOUR = "#8c959f";
    private static final String DOWN_COLOUR = "#e5534b";
    private static final String UP_COLOUR = "#46954a";

    private SvgWaterfall() {
    }

    /** The chart for {@code levels} (at least two: start and end), titled {@code title}, axis in percent. */
    static String render(List<Level> levels, String title, String lang) {
        BigDecimal min = levels.stream().map(Level::value).reduce(BigDecimal.ZERO, BigDecimal::min);
        BigDecimal max = levels.stream().map(Level::value).reduce(BigDecimal.ZERO, BigDecimal::max);
        List<BigDecimal> ticks = SvgCharts.ticks(min, max);
        int bottom = TOP + levels.size() * ROW;
        int height = bottom + BOTTOM;
        SvgCharts.Axis x = new SvgCharts.Axis(ticks.get(0), ticks.get(ticks.size() - 1), LABEL + 10, WIDTH - RIGHT);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart waterfall\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" role=\"img\" font-size=\"12\">\n<title>").append(esc(title)).append("</title>\n");
        for (BigDecimal t : ticks) {
            String tx = x.px(t).toPlainString();
            boolean zero = t.signum() == 0;
            svg.append("<line class=\"").append(zero ? "zero" : "grid").append("\" x1=\"").append(tx).append("\" x2=\"").append(tx)
                    .append("\" y1=\"").append(TOP - 6).append("\" y2=\"").append(bottom)
                    .append(zero ? "\" stroke=\"#24292f\" stroke-width=\"1.5\"/>" : "\" stroke=\"#d8dee4\"/>")
                    .append("<text x=\"").append(tx).append("\" y=\"").append(bottom + 16)
                    .append("\" text-anchor=\"middle\" fill=\"#57606a\">").append(esc(SvgCharts.tick(t))).append("%</text>\n");
        }
        svg.append("<text class=\"axis-title\" x=\"").append(LABEL + 10).append("\" y=\"20\" fill=\"#24292f\" font-weight=\"600\">")
                .append(esc(Labels.get(lang, "roiSimpleAxis"))).append("</text>\n");
        int row = TOP;
        BigDecimal previous = null;
        for (int i = 0; i < levels.size(); i++) {
            Level level = levels.get(i);
            boolean whole = i == 0 || i == levels.size() - 1;
            BigDecimal from = whole ? BigDecimal.ZERO : previous;
            BigDecimal to = level.value();
            BigDecimal left = x.px(from.min(to));
            BigDecimal right = x.px(from.max(to));
            BigDecimal width = right.subtract(left).max(new BigDecimal("1.5"));
            String colour = i == 0 ? START_COLOUR : whole ? TOTAL_COLOUR : to.compareTo(from) < 0 ? DOWN_COLOUR : UP_COLOUR;
            String kind = i == 0 ? "start" : whole ? "end" : "step";
            String amount = whole ? Numbers.percent(to) : signed(to.subtract(from), lang);
            svg.append("<g class=\"wf-row wf-").append(kind).append("\" data-step=\"").append(esc(level.key()))
                    .append("\" data-value=\"").append(esc(to.toPlainString())).append("\"><title>").append(esc(level.description()))
                    .append(": ").append(esc(amount)).append("</title>")
                    .append("<text x=\"").append(LABEL).append("\" y=\"").append(row + 15)
                    .append("\" text-anchor=\"end\" fill=\"#24292f\"").append(whole ? " font-weight=\"600\"" : "").append(">")
                    .append(esc(level.label())).append("</text>")
                    .append("<rect class=\"wf-bar\" x=\"").append(left.toPlainString()).append("\" y=\"").append(row + 4)
                    .append("\" width=\"").append(width.toPlainString()).append("\" height=\"18\" fill=\"").append(colour)
                    .append("\"/>");
            if (!whole) {
                svg.append("<line class=\"wf-link\" x1=\"").append(x.px(from).toPlainString()).append("\" x2=\"")
                        .append(x.px(from).toPlainString()).append("\" y1=\"").append(row - 8).append("\" y2=\"").append(row + 4)
                        .append("\" stroke=\"#57606a\" stroke-dasharray=\"2 2\"/>");
            }
            svg.append("<text class=\"amount\" x=\"").append(right.add(BigDecimal.valueOf(6)).toPlainString()).append("\" y=\"")
                    .append(row + 17).append("\" fill=\"").append(whole ? "#24292f" : colour).append("\">").append(esc(amount))
                    .append("</text></g>\n");
            previous = to;
            row += ROW;
        }
        return svg.append("</svg>").toString();
    }

    /** A change in percentage points with its sign: {@code +3.20 pp}, {@code −12.40 pp} ({@code 个百分点} in Chinese). */
    private static String signed(BigDecimal delta, String lang) {
        String text = Numbers.amount(delta.abs().setScale(2, java.math.RoundingMode.HALF_EVEN));
        return (delta.signum() < 0 ? "−" : "+") + text + " " + Labels.get(lang, "pp");
    }

    private static String esc(String s) {
        return HtmlEscaper.escape(s);
    }
}
