package io.roiassay.engine.assess;

import io.roiassay.engine.facts.BreakEvenFact;
import io.roiassay.engine.facts.GradeBoundaryFact;
import io.roiassay.engine.facts.Profile;
import io.roiassay.engine.facts.SpreadFact;
import io.roiassay.engine.sensitivity.BreakEven;
import io.roiassay.engine.sensitivity.DriverRange;
import io.roiassay.engine.sensitivity.GradeBands;
import io.roiassay.engine.sensitivity.MonteCarlo;
import io.roiassay.engine.sensitivity.SensitivityPlan;
import io.roiassay.engine.sensitivity.Tornado;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How sure one case's verdict is: break-even values, the tornado and (when drawn) the Monte Carlo spread, all
 * computed on the case's compiled plan before the verdict phase, and the facts the verdict rules see.
 *
 * @param reference the unrounded {@code BigDecimal} adjusted flows the plan must reproduce at its base values
 * @param draws     null when the case was not drawn
 */
record CaseSensitivity(SensitivityPlan plan, io.roiassay.engine.finance.CashFlows reference, List<DriverRange> ranges,
                       GradeBands bands, double benefitTolerancePercent, List<BreakEven.Point> breakEven,
                       List<Tornado.Bar> tornado, MonteCarlo.Result draws) {

    private static final Pattern BAND_KEY = Pattern.compile("verdict\\.([a-z]+)RoiPercent");
    /** Profile key of the grade a ROI below every band gets (set by the rule pack). */
    static final String BELOW_BANDS = "verdict.gradeBelowBands";
    /** Profile key of the grade an undefined ROI gets (set by the rule pack). */
    static final String ROI_UNDEFINED = "verdict.gradeRoiUndefined";

    static CaseSensitivity compute(SensitivityPlan plan, io.roiassay.engine.finance.CashFlows reference,
                                   List<DriverRange> ranges, Profile profile, AssessOptions options) {
        GradeBands bands = bands(profile);
        // drawn even when no range varies (an empty uncertainty block, or none of its ranges applies): every draw is
        // then the point estimate, which the report says, instead of claiming that no draws were asked for
        MonteCarlo.Result draws = options.draws() > 0
                ? MonteCarlo.run(plan, ranges, bands, options.draws(), options.seed()) : null;
        return new CaseSensitivity(plan, reference, ranges, bands, BreakEven.benefitTolerancePercent(plan), BreakEven.solve(plan),
                Tornado.of(plan, ranges, bands), draws);
    }

    /** The ROI bands the profile's {@code verdict.<grade>RoiPercent} keys give. */
    static GradeBands bands(Profile profile) {
        List<GradeBands.Band> bands = new ArrayList<>();
        profile.getAssumptions().forEach((k, v) -> {
            Matcher m = BAND_KEY.matcher(k);
            if (m.matches() && v.value() instanceof BigDecimal d) {
                bands.add(new GradeBands.Band(m.group(1), d.doubleValue()));
            }
        });
        return new GradeBands(bands, profile.text(BELOW_BANDS), profile.text(ROI_UNDEFINED));
    }

    /** The facts the verdict and recommendation rules may match. */
    List<Object> facts() {
        List<Object> facts = new ArrayList<>();
        for (BreakEven.Point p : breakEven) {
            facts.add(new BreakEvenFact(p.driver().id(), decimal(p.current(), 4), decimal(p.value(), 4)));
        }
        for (int i = 0; i < tornado.size(); i++) {
            Tornado.Bar b = tornado.get(i);
            if (b.crossesGrade()) {
                int now = bands.indexOf(pointRoi());
                boolean worse = b.gradeBeyond() != null && indexOfGrade(b.gradeBeyond()) > now;
                facts.add(new GradeBoundaryFact(b.driver().id(), decimal(plan.base(b.driver()), 4),
                        decimal(b.gradeChangesAt(), 4), b.direction(), bands.grade(now), b.gradeBeyond(), i + 1, worse));
            }
        }
        if (draws != null) {
            facts.add(new SpreadFact(draws.draws(), decimal(draws.probabilityNpvBelowZero(), 4),
                    decimal(draws.roiP10(), 2), decimal(draws.roiP50(), 2), decimal(draws.roiP90(), 2), gradeShares()));
        }
        return facts;
    }

    private int indexOfGrade(String grade) {
        for (int i = 0; i < bands.size(); i++) {
            if (grade.equals(bands.grade(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The adjusted ROI in percent as the plan computes it; NaN when undefined. */
    double pointRoi() {
        return plan.baseRoiPercent();
    }

    /**
     * Share of draws per grade, best grade first, rounded to 4 places so that they sum to exactly 1 (largest
     * remainder: the rounding units left over go to the grades with the largest remainders, ties to the better grade).
     */
    Map<String, BigDecimal> gradeShares() {
        int n = draws.draws();
        int grades = bands.size();
        long[] units = new long[grades];
        double[] remainder = new double[grades];
        long given = 0;
        for (int i = 0; i < grades; i++) {
            double exact = draws.gradeCounts()[i] * 10_000.0 / n;
            units[i] = (long) Math.floor(exact);
            remainder[i] = exact - units[i];
            given += units[i];
        }
        for (long left = 10_000 - given; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < grades; i++) {
                if (remainder[i] > remainder[best]) {
                    best = i;
                }
            }
            units[best]++;
            remainder[best] = -1;
        }
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (int i = 0; i < grades; i++) {
            if (!bands.isUndefined(i) || draws.gradeCounts()[i] > 0) { // the undefined grade only when a draw has it
                out.put(bands.grade(i), BigDecimal.valueOf(units[i], 4).stripTrailingZeros());
            }
        }
        return out;
    }

    /** {@code v} rounded half-even to {@code scale} places; null for NaN or infinity. */
    static BigDecimal decimal(double v, int scale) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return null;
        }
        return BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_EVEN);
    }
}
