package io.roiassay.engine.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The sentences of the executive summary, in the report's language, shared by the Markdown and HTML renderings:
 * the verdict (as a range when the Monte Carlo ran), the drivers that decide it (the first rows of the
 * tornado, which comes widest swing first) and what would have to be true to break even. The wording is in
 * {@link Labels} ({@code summary.*}); this class only fills in what the report's data says.
 */
final class ExecutiveSummary {

    /** How many tornado rows the summary names. */
    static final int DRIVERS = 3;

    /** One sentence and the part of the report it speaks about ({@code verdict}, {@code range}, …). */
    record Sentence(String kind, String text) {
    }

    private ExecutiveSummary() {
    }

    /**
     * Where the adjusted ROI (every driver at the case's own value, the likely value of the default ranges) stands
     * against the draws: outside the P10–P90 band the ranges lean to one side of those values (attribution can only
     * lower a gain, IT projects overrun), so the point is the optimistic (or pessimistic) end of the outcomes and the
     * median is the better middle; inside the band but off the median (as shown, two decimals) the same lean,
     * milder, is still said, so that nobody reads the point as the middle outcome. Empty at the median.
     */
    private static String pointAgainstBand(String lang, ReportFigures a, ReportUncertainty.Percentiles roi) {
        if (a.roiPercent() == null || roi.p10() == null || roi.p50() == null || roi.p90() == null) {
            return "";
        }
        BigDecimal point = a.roiPercent();
        String key = point.compareTo(roi.p90()) > 0 ? "summary.pointAboveBand"
                : point.compareTo(roi.p10()) < 0 ? "summary.pointBelowBand"
                : point.compareTo(roi.p50()) > 0 ? "summary.pointAboveMedian"
                : point.compareTo(roi.p50()) < 0 ? "summary.pointBelowMedian" : null;
        return key == null ? "" : Labels.get(lang, "sentenceGap") + fill(lang, key, Map.of("roi", Numbers.percent(point)));
    }

    /** Whether no range of the draws varies: none was listed that applies, or each is one value (low = high). */
    static boolean flat(ReportUncertainty u) {
        return u.ranges().values().stream().allMatch(r -> r.get(0).compareTo(r.get(r.size() - 1)) == 0);
    }

    /** The summary of {@code r}; sensitivity and uncertainty sentences only when the report has those data. */
    static List<Sentence> of(Report r) {
        String lang = r.language();
        List<Sentence> out = new ArrayList<>();
        ReportFigures a = r.financials().adjusted();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("grade", r.verdict() == null ? Labels.get(lang, "undefined") : Labels.word(lang, "grade", r.verdict().grade()));
        v.put("confidence", r.verdict() == null ? Labels.get(lang, "undefined")
                : Labels.word(lang, "confidence", r.verdict().confidence()));
        v.put("roi", orUndefined(Numbers.percent(a.roiPercent()), lang));
        v.put("npv", orUndefined(Numbers.money(a.npv(), r.currency()), lang));
        // 0 months is no payback period at all: no cost is ever paid before benefits cover it (the headline's
        // never-out-of-pocket variant says why), not an instant return
        v.put("payback", a.paybackMonths() == null ? Labels.get(lang, "never")
                : a.paybackMonths().signum() == 0 ? Labels.get(lang, "neverOutOfPocket")
                : Numbers.amount(a.paybackMonths()) + " " + Labels.get(lang, "months"));
        // other initiatives ran and no share is given (mistake/full-attribution, its evidence crmShare null): the figures
        // credit the CRM with all of the gain, which the summary must say, or a reader quotes them as the CRM's return
        boolean fullShare = shareAssumed(r);
        out.add(new Sentence("verdict", fill(lang, fullShare ? "summary.verdictFullShare" : "summary.verdict", v)));
        ReportUncertainty u = r.uncertainty();
        if (u != null && u.roiPercent() != null && u.roiPercent().p50() == null && u.npv() != null) {
            // no cost in any draw: ROI is undefined throughout, NPV still has a spread worth stating
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("draws", Numbers.amount(BigDecimal.valueOf(u.draws())));
            m.put("seed", u.seed());
            m.put("p10", orUndefined(Numbers.money(u.npv().p10(), r.currency()), lang));
            m.put("p50", orUndefined(Numbers.money(u.npv().p50(), r.currency()), lang));
            m.put("p90", orUndefined(Numbers.money(u.npv().p90(), r.currency()), lang));
            m.put("probability", orUndefined(Numbers.share(u.probabilityNpvBelowZero()), lang));
            out.add(new Sentence("range", fill(lang, "summary.rangeNpv", m)));
        } else if (u != null && u.roiPercent() != null && flat(u)) {
            // nothing varies: every draw is the point estimate, which a P10-P90 "band" would only hide
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("draws", Numbers.amount(BigDecimal.valueOf(u.draws())));
            m.put("roi", orUndefined(Numbers.percent(a.roiPercent()), lang));
            out.add(new Sentence("range", fill(lang, "summary.rangeFlat", m)));
        } else if (u != null && u.roiPercent() != null) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("draws", Numbers.amount(BigDecimal.valueOf(u.draws())));
            m.put("seed", u.seed());
            m.put("p10", orUndefined(Numbers.percent(u.roiPercent().p10()), lang));
            m.put("p50", orUndefined(Numbers.percent(u.roiPercent().p50()), lang));
            m.put("p90", orUndefined(Numbers.percent(u.roiPercent().p90()), lang));
            m.put("probability", orUndefined(Numbers.share(u.probabilityNpvBelowZero()), lang));
            out.add(new Sentence("range", fill(lang, "summary.range", m) + pointAgainstBand(lang, a, u.roiPercent())));
        } else {
            out.add(new Sentence("range", Labels.get(lang, "summary.noRange")));
        }
        ReportSensitivity s = r.sensitivity();
        // a bar whose ROI is undefined at both ends (no cost) moves nothing a reader can see: not named
        List<ReportSensitivity.TornadoBar> moving = s == null ? List.of()
                : s.tornado().stream().filter(ExecutiveSummary::moves).toList();
        if (!moving.isEmpty()) {
            String drivers = moving.stream().limit(DRIVERS).map(t -> driver(t, lang, r.profile(), Labels.bands(r)))
                    .collect(Collectors.joining(Labels.get(lang, "listSeparator")));
            out.add(new Sentence("drivers", fill(lang, "summary.drivers", Map.of("drivers", drivers))));
        }
        if (s != null && s.benefitTolerancePercent() != null) {
            String key = s.benefitTolerancePercent().signum() > 0 ? "summary.toleranceRise" : "summary.toleranceFall";
            out.add(new Sentence("breakEven", fill(lang, key, Map.of("tolerance", Numbers.percent(s.benefitTolerancePercent().abs())))));
        }
        if (s != null && !s.breakEven().isEmpty()) {
            // every value outside its driver's range: said once after the list, not after each value
            boolean allOutside = s.breakEven().size() > 1 && s.breakEven().stream().allMatch(b -> !outsideRange(b, s, lang).isEmpty());
            // with no share given, the CRM's share "now" is the 100 % the figures assume, not a value anyone gave
            String items = s.breakEven().stream().map(b -> fill(lang, fullShare && "crmShare".equals(b.driver())
                            ? "summary.breakEvenItemAssumed" : "summary.breakEvenItem", Map.of(
                            "driver", Words.driver(lang, b.driver(), r.profile()),
                            "value", driverValue(b.driver(), b.value(), lang), "current", driverValue(b.driver(), b.current(), lang)))
                            + (allOutside ? "" : outsideRange(b, s, lang)))
                    .collect(Collectors.joining(Labels.get(lang, "listSeparator")));
            out.add(new Sentence("breakEvenValues", fill(lang, "summary.breakEvenValues", Map.of("items", items))
                    + (allOutside ? Labels.get(lang, "sentenceGap") + Labels.get(lang, "summary.breakEvenAllOutside") : "")));
        }
        return out;
    }

    /** Whether a tornado bar moves ROI at all: a defined ROI at an end, and not the same at both (a one-value range). */
    static boolean moves(ReportSensitivity.TornadoBar t) {
        if (t.roiLow() == null && t.roiHigh() == null) {
            return false; // no cost at either end: ROI undefined, nothing a reader can see move
        }
        return t.roiLow() == null || t.roiHigh() == null || t.roiLow().compareTo(t.roiHigh()) != 0;
    }

    /**
     * After a break-even value that lies outside the range the tornado moved its driver over, that range (", outside
     * its range ×0.9–×1.2"): a break-even far beyond the plausible values (a discount rate of 71 %, costs at ×0.04)
     * says the verdict is safe from that driver, which the bare value does not. Empty inside the range, or when the
     * driver has no range in this report, or a range of one value.
     */
    static String outsideRange(ReportSensitivity.BreakEven b, ReportSensitivity s, String lang) {
        return s.tornado().stream().filter(t -> t.driver().equals(b.driver()) && t.low() != null && t.high() != null
                        && t.low().compareTo(t.high()) != 0) // a one-value range is no plausible span to measure against
                .filter(t -> b.value().compareTo(t.low()) < 0 || b.value().compareTo(t.high()) > 0)
                .findFirst().map(t -> fill(lang, "summary.breakEvenOutside", Map.of(
                        "low", driverValue(t.driver(), t.low(), lang), "high", driverValue(t.driver(), t.high(), lang))))
                .orElse("");
    }

    /**
     * Whether the figures credit the CRM with all of the gain because nobody gave its share: other initiatives ran
     * and {@code mistake/full-attribution} has {@code crmShare} null in its evidence.
     */
    static boolean shareAssumed(Report r) {
        return r.findings().stream().anyMatch(f -> "mistake/full-attribution".equals(f.code())
                && f.evidence() != null && f.evidence().containsKey("crmShare") && f.evidence().get("crmShare") == null);
    }

    /**
     * A break-even row's current value as a table shows it: the driver's value, and for a CRM share nobody gave
     * " (assumed; not given)" after the 100% the figures assume.
     */
    static String breakEvenCurrent(Report r, ReportSensitivity.BreakEven b) {
        String lang = r.language();
        String value = driverValue(b.driver(), b.current(), lang);
        return "crmShare".equals(b.driver()) && shareAssumed(r)
                ? value + Labels.get(lang, "parenOpen") + Labels.get(lang, "deploymentAssumed") + Labels.get(lang, "parenClose")
                : value;
    }

    /** One tornado row in words: the driver, its range and the ROI and grade at each end. */
    static String driver(ReportSensitivity.TornadoBar t, String lang, ReportProfile profile, boolean bands) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("driver", Words.driver(lang, t.driver(), profile));
        m.put("low", driverValue(t.driver(), t.low(), lang));
        m.put("high", driverValue(t.driver(), t.high(), lang));
        m.put("roiLow", orUndefined(Numbers.percent(t.roiLow()), lang));
        m.put("roiHigh", orUndefined(Numbers.percent(t.roiHigh()), lang));
        m.put("gradeLow", Labels.grade(lang, t.gradeLow(), bands));
        m.put("gradeHigh", Labels.grade(lang, t.gradeHigh(), bands));
        return fill(lang, "summary.driver", m);
    }

    /**
     * A driver's value as it reads: a rate (share, margin, adoption, discount rate) as a percentage, a scale as a
     * multiplier ({@code ×0.85}); which is which is in {@link Words} ({@code unit-…}).
     */
    static String driverValue(String driver, BigDecimal value, String lang) {
        if (value == null) {
            return Labels.get(lang, "undefined");
        }
        if ("percent".equals(Words.of("en", "unit", driver))) {
            return Numbers.share(value);
        }
        BigDecimal plain = value.stripTrailingZeros(); // ×1 whether the case wrote 1 or 1.0, as every other row shows it
        return "×" + (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
    }

    private static String fill(String lang, String key, Map<String, ?> values) {
        return Placeholders.fill(Labels.get(lang, key), values);
    }

    private static String orUndefined(String s, String lang) {
        return s == null ? Labels.get(lang, "undefined") : s;
    }
}
