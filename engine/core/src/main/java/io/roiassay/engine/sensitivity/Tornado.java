package io.roiassay.engine.sensitivity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One-way sensitivity: each driver moved alone to the two ends of its range (every other driver at its base value),
 * with the ROI and grade at each end; widest swing first. A driver whose range reaches another grade also gets the
 * value where the grade changes, found by bisection between the base value and that end.
 */
public final class Tornado {

    /**
     * One bar. {@code gradeChangesAt} is NaN when the grade holds over the whole range; otherwise the grade turns
     * to {@code gradeBeyond} when the driver passes it in {@code direction} ({@code below} or {@code above}).
     */
    public record Bar(Driver driver, double low, double high, double roiLow, double roiHigh, String gradeLow,
                      String gradeHigh, double gradeChangesAt, String direction, String gradeBeyond) {

        /** |roiHigh − roiLow|, the bar's width; 0 when a ROI is undefined. */
        public double swing() {
            double s = Math.abs(roiHigh - roiLow);
            return Double.isNaN(s) ? 0 : s;
        }

        /** Whether the range crosses a grade boundary. */
        public boolean crossesGrade() {
            return !Double.isNaN(gradeChangesAt);
        }
    }

    private static final int BISECTIONS = 80;

    private Tornado() {
    }

    /** The bars for the given ranges, widest swing first (ties in {@link Driver} order). */
    public static List<Bar> of(SensitivityPlan plan, List<DriverRange> ranges, GradeBands bands) {
        double pointRoi = plan.baseRoiPercent();
        int pointGrade = bands.indexOf(pointRoi);
        List<Bar> bars = new ArrayList<>();
        for (DriverRange r : ranges) {
            Driver d = r.driver();
            double low = r.low().doubleValue();
            double high = r.high().doubleValue();
            OneDriver moved = new OneDriver(plan, d);
            double roiLow = moved.roi(low);
            double roiHigh = moved.roi(high);
            int gLow = bands.indexOf(roiLow);
            int gHigh = bands.indexOf(roiHigh);
            double at = Double.NaN;
            String direction = null;
            int beyond = pointGrade;
            double base = plan.base(d);
            // The end nearer the base value wins when both ends leave the grade: the binding threshold.
            // An end whose ROI is undefined (no cost left) crosses no band edge: no value to name.
            if (gLow != pointGrade && low < base && !Double.isNaN(pointRoi) && !Double.isNaN(roiLow)) {
                at = edge(moved, bands, pointGrade, gLow, low, base);
                direction = "below";
                beyond = gLow;
            }
            if (gHigh != pointGrade && high > base && !Double.isNaN(pointRoi) && !Double.isNaN(roiHigh)) {
                double up = edge(moved, bands, pointGrade, gHigh, base, high);
                if (Double.isNaN(at) || up - base < base - at) {
                    at = up;
                    direction = "above";
                    beyond = gHigh;
                }
            }
            bars.add(new Bar(d, low, high, roiLow, roiHigh, bands.grade(gLow), bands.grade(gHigh), at, direction,
                    Double.isNaN(at) ? null : bands.grade(beyond)));
        }
        bars.sort(Comparator.comparingDouble(Bar::swing).reversed());
        return bars;
    }

    /** The driver value between {@code from} and {@code to} where the ROI crosses the edge of the point grade. */
    private static double edge(OneDriver moved, GradeBands bands, int pointGrade, int otherGrade, double from,
                               double to) {
        double target = otherGrade > pointGrade ? bands.lowerEdge(pointGrade) : bands.upperEdge(pointGrade);
        double lo = from;
        double hi = to;
        double fLo = moved.roi(lo) - target;
        for (int i = 0; i < BISECTIONS; i++) {
            double mid = 0.5 * (lo + hi);
            if (mid == lo || mid == hi) {
                break; // one ulp wide: further halving cannot move either end, the result is the same
            }
            double fMid = moved.roi(mid) - target;
            if (Math.signum(fMid) == Math.signum(fLo)) {
                lo = mid;
                fLo = fMid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }
}
