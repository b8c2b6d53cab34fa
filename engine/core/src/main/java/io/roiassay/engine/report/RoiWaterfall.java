package io.roiassay.engine.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The levels of the waterfall from entered to adjusted ROI: the simple (undiscounted) ROI after each adjustment
 * step, replaying the steps' effects on total costs and total benefits in order. Simple ROI is what the steps'
 * totals determine exactly; the discounted ROI also depends on when each change falls, which the steps do not
 * record. Each level is {@code (benefits − costs) ÷ costs × 100}, rounded half-even to two decimals.
 */
final class RoiWaterfall {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int LABEL_CHARS = 26;

    private RoiWaterfall() {
    }

    /**
     * Entered ROI, one level per adjustment step, then adjusted ROI (from the adjusted totals, so a rounding
     * difference in the steps never moves the end). Empty when a total cost along the way is zero.
     */
    static List<SvgWaterfall.Level> levels(ReportFinancials f, String lang) {
        return levels(f, lang, null);
    }

    /** {@link #levels(ReportFinancials, String)}, the margin step named for the report's profile ({@link Words#step}). */
    static List<SvgWaterfall.Level> levels(ReportFinancials f, String lang, ReportProfile profile) {
        BigDecimal costs = f.entered().totalCosts();
        BigDecimal benefits = f.entered().totalBenefits();
        if (costs == null || benefits == null) {
            return List.of();
        }
        List<SvgWaterfall.Level> out = new ArrayList<>();
        BigDecimal start = roi(benefits, costs);
        if (start == null) {
            return List.of();
        }
        out.add(new SvgWaterfall.Level("entered", Labels.get(lang, "enteredRoi"), Labels.get(lang, "enteredRoi"), start));
        for (ReportFinancials.Adjustment step : f.adjustments()) {
            costs = costs.add(nz(step.costsDelta()));
            benefits = benefits.add(nz(step.benefitsDelta()));
            BigDecimal level = roi(benefits, costs);
            if (level == null) {
                return List.of();
            }
            out.add(new SvgWaterfall.Level(step.step(), label(step, lang, profile), step.description(), level));
        }
        BigDecimal end = roi(f.adjusted().totalBenefits(), f.adjusted().totalCosts());
        if (end == null) {
            return List.of();
        }
        out.add(new SvgWaterfall.Level("adjusted", Labels.get(lang, "adjustedRoi"), Labels.get(lang, "adjustedRoi"), end));
        return out;
    }

    /**
     * The step's word (with the cost category for a hidden-cost step, the factor for a risk step: a case has one
     * per evidence class or cost class), else its description shortened.
     */
    static String label(ReportFinancials.Adjustment step, String lang) {
        return label(step, lang, null);
    }

    private static String label(ReportFinancials.Adjustment step, String lang, ReportProfile profile) {
        if (Words.has(lang, "step", step.step())) {
            String word = Words.step(lang, step.step(), profile);
            if ("hidden-cost".equals(step.step())) {
                return word + Labels.get(lang, "colon") + Words.of(lang, "category", step.target());
            }
            return step.step().startsWith("risk-") && step.factor() != null ? word + " ×" + step.factor() : word;
        }
        String d = step.description() == null || step.description().isBlank() ? step.step() : step.description();
        return d.codePointCount(0, d.length()) <= LABEL_CHARS ? d
                : d.substring(0, d.offsetByCodePoints(0, LABEL_CHARS - 1)) + "…";
    }

    private static BigDecimal roi(BigDecimal benefits, BigDecimal costs) {
        if (benefits == null || costs == null || costs.signum() == 0) {
            return null;
        }
        return benefits.subtract(costs).multiply(HUNDRED).divide(costs, 2, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
