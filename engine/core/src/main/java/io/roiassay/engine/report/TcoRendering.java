package io.roiassay.engine.report;

import io.roiassay.engine.finance.ClaimMath;

import java.math.BigDecimal;

/**
 * Renders the parts of {@code financials} added for the TCO view and the payback/IRR notes: the TCO section
 * (first year against the quote, as entered and adjusted, cost per period as paid, unused seats) and the IRR notes, in
 * Markdown and HTML.
 * Everything rendered is a number or a fixed label, except the IRR notes, which are escaped.
 */
final class TcoRendering {

    private TcoRendering() {
    }

    /** The IRR cell: the rate, or "not meaningful" when the report gives a note instead. */
    static String irrCell(ReportFigures f, String lang) {
        if (f.irrPercent() != null) {
            return Numbers.percent(f.irrPercent());
        }
        return Labels.get(lang, f.irrNote() != null ? "notMeaningful" : "undefined");
    }

    /** One Markdown line per IRR note ("IRR (%), entered: …"), or an empty string when there is none. */
    static String markdownIrrNotes(ReportFinancials f, String lang) {
        StringBuilder out = new StringBuilder();
        note(out, lang, "entered", f.entered().irrNote(), false);
        note(out, lang, "adjusted", f.adjusted().irrNote(), false);
        return out.length() == 0 ? "" : out.append('\n').toString();
    }

    /** The IRR notes as an HTML paragraph each, or an empty string when there is none. */
    static String htmlIrrNotes(ReportFinancials f, String lang) {
        StringBuilder out = new StringBuilder();
        note(out, lang, "entered", f.entered().irrNote(), true);
        note(out, lang, "adjusted", f.adjusted().irrNote(), true);
        return out.toString();
    }

    private static void note(StringBuilder out, String lang, String which, String note, boolean html) {
        if (note == null) {
            return;
        }
        String label = Labels.get(lang, "irrPercent") + Labels.get(lang, "parenOpen") + Labels.get(lang, which)
                + Labels.get(lang, "parenClose");
        String colon = Labels.get(lang, "colon");
        if (html) {
            out.append("<p class=\"note irr-note\"><strong>").append(HtmlEscaper.escape(label)).append("</strong>")
                    .append(HtmlEscaper.escape(colon)).append(HtmlEscaper.escape(note)).append("</p>\n");
        } else {
            out.append("- ").append(label).append(colon).append(MarkdownReportWriter.esc(note)).append('\n');
        }
    }

    /** The TCO section in Markdown (a level-3 heading inside the financials), or "" when the report has none. */
    static String markdown(ReportTco tco, String lang, String currency) {
        if (tco == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        String colon = l(lang, "colon");
        String sep = l(lang, "listSeparator");
        out.append("### ").append(l(lang, "tco")).append(l(lang, "parenOpen")).append(currency).append(l(lang, "parenClose"))
                .append("\n\n");
        out.append("- ").append(l(lang, tco.allIn() ? "firstYearCostAllIn" : "firstYearCost")).append(colon)
                .append(num(tco.firstYearCost(), lang)).append('\n');
        if (!tco.allIn()) {
            out.append("- ").append(l(lang, "quote")).append(colon).append(num(tco.quote(), lang)).append('\n');
            out.append("- ").append(l(lang, "firstYearAboveQuotePercent")).append(colon)
                    .append(num(tco.firstYearAboveQuotePercent(), lang)).append('\n');
        }
        BigDecimal adjusted = adjustedFirstYear(tco);
        if (adjusted != null) {
            out.append("- ").append(l(lang, "firstYearCostAdjusted")).append(colon).append(num(adjusted, lang)).append('\n');
            if (!tco.allIn()) {
                out.append("- ").append(l(lang, "firstYearAboveQuotePercentAdjusted")).append(colon)
                        .append(num(ClaimMath.percentAbove(adjusted, tco.quote()), lang)).append('\n');
            }
        }
        if (tco.seats() != null) {
            var s = tco.seats();
            out.append("- ").append(l(lang, "seats")).append(colon).append(l(lang, "licensedUsers")).append(' ')
                    .append(s.licensedUsers()).append(sep).append(l(lang, "activeUsers")).append(' ').append(s.activeUsers())
                    .append(sep).append(l(lang, "unusedSeats")).append(' ').append(s.unusedSeats()).append(sep)
                    .append(l(lang, "costPerSeatYear")).append(' ').append(num(s.costPerSeatYear(), lang)).append(sep)
                    .append(l(lang, "unusedSeatsYearlyCost")).append(' ').append(num(s.unusedSeatsYearlyCost(), lang))
                    .append('\n');
        }
        out.append("\n**").append(l(lang, "tcoByYear")).append("**\n\n| ").append(l(lang, "period")).append(" | ")
                .append(l(lang, "entered")).append(" | ").append(l(lang, "adjusted")).append(" | ")
                .append(l(lang, "cumulativeEntered")).append(" | ").append(l(lang, "cumulativeAdjusted"))
                .append(" |\n|---:|---:|---:|---:|---:|\n");
        for (var y : tco.byYear()) {
            out.append("| ").append(y.period()).append(" | ").append(num(y.entered(), lang)).append(" | ")
                    .append(num(y.adjusted(), lang)).append(" | ").append(num(y.cumulativeEntered(), lang)).append(" | ")
                    .append(num(y.cumulativeAdjusted(), lang)).append(" |\n");
        }
        return out.append('\n').toString();
    }

    /** The TCO section in HTML ({@code <section id="tco">}), or "" when the report has none. */
    static String html(ReportTco tco, String lang, String currency) {
        if (tco == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        out.append("<section id=\"tco\">\n<h2>").append(esc(l(lang, "tco"))).append(esc(l(lang, "parenOpen")))
                .append(esc(currency)).append(esc(l(lang, "parenClose"))).append("</h2>\n<dl class=\"facts\">\n");
        fact(out, lang, tco.allIn() ? "firstYearCostAllIn" : "firstYearCost", num(tco.firstYearCost(), lang));
        if (!tco.allIn()) {
            // an all-in total has no quote beside it: its licence line is the whole price, not the software's part
            fact(out, lang, "quote", num(tco.quote(), lang));
            fact(out, lang, "firstYearAboveQuotePercent", num(tco.firstYearAboveQuotePercent(), lang));
        }
        BigDecimal adjusted = adjustedFirstYear(tco);
        if (adjusted != null) {
            fact(out, lang, "firstYearCostAdjusted", num(adjusted, lang));
            if (!tco.allIn()) {
                fact(out, lang, "firstYearAboveQuotePercentAdjusted", num(ClaimMath.percentAbove(adjusted, tco.quote()), lang));
            }
        }
        if (tco.seats() != null) {
            var s = tco.seats();
            fact(out, lang, "licensedUsers", Integer.toString(s.licensedUsers()));
            fact(out, lang, "activeUsers", Integer.toString(s.activeUsers()));
            fact(out, lang, "unusedSeats", Integer.toString(s.unusedSeats()));
            fact(out, lang, "costPerSeatYear", num(s.costPerSeatYear(), lang));
            fact(out, lang, "unusedSeatsYearlyCost", num(s.unusedSeatsYearlyCost(), lang));
        }
        out.append("</dl>\n<table class=\"tco\"><caption>").append(esc(l(lang, "tcoByYear"))).append("</caption><thead><tr>");
        for (String key : new String[] {"period", "entered", "adjusted", "cumulativeEntered", "cumulativeAdjusted"}) {
            out.append("<th class=\"num\">").append(esc(l(lang, key))).append("</th>");
        }
        out.append("</tr></thead><tbody>\n");
        for (var y : tco.byYear()) {
            out.append("<tr><td class=\"num\">").append(y.period()).append("</td>").append(cell(y.entered(), lang))
                    .append(cell(y.adjusted(), lang)).append(cell(y.cumulativeEntered(), lang))
                    .append(cell(y.cumulativeAdjusted(), lang)).append("</tr>\n");
        }
        return out.append("</tbody></table>\n</section>\n").toString();
    }

    /**
     * The adjusted cost of the first year of ownership, with the hidden-cost estimates, corrections and cost risk that
     * the entered first-year cost lacks: {@code tco.firstYearCostAdjusted}, by the year each cost covers like the
     * entered figure; for a model built without it, periods 0 and 1 as paid (the running adjusted total after period
     * 1); null without periods.
     */
    static BigDecimal adjustedFirstYear(ReportTco tco) {
        if (tco.firstYearCostAdjusted() != null) {
            return tco.firstYearCostAdjusted();
        }
        if (tco.byYear().isEmpty()) {
            return null;
        }
        return tco.byYear().get(Math.min(1, tco.byYear().size() - 1)).cumulativeAdjusted();
    }

    private static void fact(StringBuilder out, String lang, String key, String value) {
        out.append("<dt>").append(esc(l(lang, key))).append("</dt><dd class=\"num\">").append(esc(value)).append("</dd>\n");
    }

    private static String cell(BigDecimal v, String lang) {
        return "<td class=\"num\">" + esc(num(v, lang)) + "</td>";
    }

    private static String num(BigDecimal v, String lang) {
        return v == null ? Labels.get(lang, "undefined") : Numbers.amount(v);
    }

    private static String l(String lang, String key) {
        return Labels.get(lang, key);
    }

    private static String esc(String s) {
        return HtmlEscaper.escape(s);
    }
}
