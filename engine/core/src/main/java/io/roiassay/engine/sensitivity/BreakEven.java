package io.roiassay.engine.sensitivity;

import java.util.ArrayList;
import java.util.List;

/**
 * Break-even values: for each driver, the value inside its own valid range at which the adjusted NPV is 0, every
 * other driver at its base value. Where NPV is a straight line in the driver the value has a closed form (two
 * evaluations); otherwise the range is scanned for sign changes and the root nearest the base value is refined by
 * bisection. No value is given when NPV does not reach 0 inside the range: a sign change where NPV jumps (the side
 * kept of a double count switching) is no root, and is passed over.
 */
public final class BreakEven {

    /** One driver's break-even value next to its current (base) value. */
    public record Point(Driver driver, double current, double value) {
    }

    private static final int SCAN_STEPS = 200;
    private static final int BISECTIONS = 80;

    private BreakEven() {
    }

    /** The break-even points of the drivers that apply to the plan, in {@link Driver} order. */
    public static List<Point> solve(SensitivityPlan plan) {
        List<Point> out = new ArrayList<>();
        for (Driver d : Driver.values()) {
            if (!plan.applies(d)) {
                continue;
            }
            double value = plan.linearIn(d) ? linear(plan, d) : scanned(plan, d);
            if (!Double.isNaN(value)) {
                out.add(new Point(d, plan.base(d), value));
            }
        }
        return out;
    }

    /**
     * {@code −NPV ÷ PV(benefits) × 100}: the change of the adjusted benefits (in percent) that brings NPV to 0;
     * NaN when the adjusted benefits are not positive: with none there is nothing to change, and benefits that are
     * a loss (KPIs that got worse) would have to turn into gains, which no "may fall by" or "must rise by" says
     * (a review read "benefits may fall by 228.45 %" for a loss that had to become a gain).
     */
    public static double benefitTolerancePercent(SensitivityPlan plan) {
        double[] out = new double[3];
        plan.evaluate(plan.base(), out);
        return out[2] <= 0 ? Double.NaN : -out[0] / out[2] * 100;
    }

    private static double linear(SensitivityPlan plan, Driver d) {
        double a = d.min();
        double b = d.max();
        OneDriver at = new OneDriver(plan, d);
        double fa = at.npv(a);
        double fb = at.npv(b);
        double slope = (fb - fa) / (b - a);
        double scale = Math.max(Math.abs(fa), Math.abs(fb));
        if (slope == 0 || Math.abs(slope) * (b - a) <= scale * 1e-12) {
            return Double.NaN;
        }
        double x = a - fa / slope;
        return x >= a && x <= b ? x : Double.NaN;
    }

    private static double scanned(SensitivityPlan plan, Driver d) {
        double base = plan.base(d);
        OneDriver at = new OneDriver(plan, d);
        if (at.npv(base) == 0) {
            return base;
        }
        double best = Double.NaN;
        double step = (d.max() - d.min()) / SCAN_STEPS;
        double x0 = d.min();
        double f0 = at.npv(x0);
        for (int i = 1; i <= SCAN_STEPS; i++) {
            double x1 = i == SCAN_STEPS ? d.max() : d.min() + i * step;
            double f1 = at.npv(x1);
            if (f0 == 0 || Math.signum(f0) * Math.signum(f1) < 0) {
                double root = f0 == 0 ? x0 : bisect(at, x0, x1, f0);
                boolean jump = f0 != 0 && Math.abs(at.npv(root)) > 1e-9 * Math.max(Math.abs(f0), Math.abs(f1));
                if (!jump && (Double.isNaN(best) || Math.abs(root - base) < Math.abs(best - base))) {
                    best = root;
                }
            }
            x0 = x1;
            f0 = f1;
        }
        if (Double.isNaN(best) && f0 == 0) {
            best = x0;
        }
        return best;
    }

    /**
     * Halves the bracket up to {@link #BISECTIONS} times; stops early once it is one ulp wide (the midpoint is an
     * end, and further halving could not move either end, so the result is the same).
     */
    private static double bisect(OneDriver at, double lo, double hi, double fLo) {
        for (int i = 0; i < BISECTIONS; i++) {
            double mid = 0.5 * (lo + hi);
            if (mid == lo || mid == hi) {
                break;
            }
            double fMid = at.npv(mid);
            if (fMid == 0) {
                return mid;
            }
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
