package io.roiassay.engine.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Internal rate of return: the rate r with NPV(r) = 0 under the same discounting convention as the NPV.
 *
 * <p>IRR is a rate, not an amount, so the root search runs in {@code double} (strict IEEE arithmetic, the same
 * on every JVM since Java 17): a grid scan for a sign change, then bisection. BigDecimal bisection gave the same
 * two decimals and was a fifth of all the time spent per case in a batch. Amounts themselves never become
 * {@code double} anywhere else.
 */
final class Irr {

    /**
     * Rates probed for a sign change of NPV(r), from −99.99% to 100 000%. Scanning upwards from the lowest rate
     * makes the answer deterministic when unusual flows (several sign changes) have more than one root: the
     * lowest root bracketed by the grid is returned.
     */
    private static final double[] GRID = {-0.9999, -0.99, -0.9, -0.75, -0.5, -0.25, 0, 0.1, 0.25, 0.5, 1, 2, 5, 10,
        50, 100, 1000};

    /** The result is rounded to 0.01% (1E-4 as a fraction); 1E-12 keeps rounding stable. */
    private static final double TOLERANCE = 1e-12;

    private static final int MAX_ITERATIONS = 200;

    private Irr() {
    }

    /** The rate r (as a fraction, 0.1 = 10%) with NPV(r) = 0, or null when there is none in the range. */
    static BigDecimal rate(List<BigDecimal> net) {
        if (!hasSignChange(net)) {
            // All zero, or all inflows / all outflows: no rate makes NPV zero.
            return null;
        }
        double[] flows = new double[net.size()];
        for (int i = 0; i < flows.length; i++) {
            flows[i] = net.get(i).doubleValue();
        }
        double lo = GRID[0];
        double npvLo = npv(flows, lo);
        if (npvLo == 0) {
            return exact(lo);
        }
        for (int g = 1; g < GRID.length; g++) {
            double hi = GRID[g];
            double npvHi = npv(flows, hi);
            if (npvHi == 0) {
                return exact(hi);
            }
            if (Math.signum(npvHi) != Math.signum(npvLo)) {
                return exact(bisect(flows, lo, hi, Math.signum(npvLo)));
            }
            lo = hi;
            npvLo = npvHi;
        }
        return null;
    }

    private static double bisect(double[] flows, double lo, double hi, double signLo) {
        for (int i = 0; i < MAX_ITERATIONS && hi - lo > TOLERANCE; i++) {
            double mid = (lo + hi) / 2;
            double signMid = Math.signum(npv(flows, mid));
            if (signMid == 0) {
                return mid;
            }
            if (signMid == signLo) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    /** NPV at rate r by Horner's rule; period 0 at face value. */
    private static double npv(double[] flows, double rate) {
        double factor = 1 / (1 + rate);
        double total = 0;
        for (int t = flows.length - 1; t >= 0; t--) {
            total = flows[t] + total * factor;
        }
        return total;
    }

    /** The rate as a decimal, cut to 12 places so the tail of binary noise never reaches a report. */
    private static BigDecimal exact(double rate) {
        return new BigDecimal(rate).setScale(12, RoundingMode.HALF_EVEN);
    }

    private static boolean hasSignChange(List<BigDecimal> net) {
        boolean positive = net.stream().anyMatch(value -> value.signum() > 0);
        boolean negative = net.stream().anyMatch(value -> value.signum() < 0);
        return positive && negative;
    }
}
