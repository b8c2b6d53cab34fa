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

    /** The index of rate 0 in {@link #GRID}. */
    private static final int ZERO_INDEX = 6;

    /** The result is rounded to 0.01% (1E-4 as a fraction); 1E-12 keeps rounding stable. */
    private static final double TOLERANCE = 1e-12;

    private static final int MAX_ITERATIONS = 200;

    private Irr() {
    }

    /** A rate (as a fraction), or null with the reason it is not meaningful. */
    record Result(BigDecimal rate, IrrNote note) {
    }

    /**
     * The IRR of {@code net} when it is meaningful, else null with the reason: no outlay, no inflow, an outlay not
     * recovered within the horizon (cumulative net negative at the end: the "rate" would be a loss rate such as
     * −99.95%), or flows whose sign changes leave no single rate. A unique rate is certain when the cumulative net,
     * from its first non-zero value, starts negative and changes sign once (Norstrom's criterion); otherwise the
     * rate is reported only if a fine scan of NPV(r) finds exactly one root.
     */
    static Result solve(List<BigDecimal> net) {
        boolean positive = net.stream().anyMatch(value -> value.signum() > 0);
        boolean negative = net.stream().anyMatch(value -> value.signum() < 0);
        if (!negative) {
            return new Result(null, IrrNote.NO_OUTLAY);
        }
        if (!positive) {
            return new Result(null, IrrNote.NO_INFLOW);
        }
        int changes = 0;
        int previous = 0;
        int first = 0;
        BigDecimal cumulative = BigDecimal.ZERO;
        for (BigDecimal value : net) {
            cumulative = cumulative.add(value, Money.MATH);
            int sign = cumulative.signum();
            if (sign == 0) {
                continue;
            }
            if (first == 0) {
                first = sign;
            } else if (sign != previous) {
                changes++;
            }
            previous = sign;
        }
        if (cumulative.signum() < 0) {
            return new Result(null, IrrNote.NOT_RECOVERED);
        }
        if (cumulative.signum() == 0 && first < 0 && changes == 0) {
            return new Result(BigDecimal.ZERO.setScale(12), null);
        }
        if (first < 0 && changes == 1) {
            // NPV(0) = Σ net > 0 and NPV(r) tends to the first non-zero flow (< 0) as r grows: the one root above 0.
            BigDecimal r = rate(net, ZERO_INDEX);
            return r == null ? new Result(null, IrrNote.OUT_OF_RANGE) : new Result(r, null);
        }
        BigDecimal unique = uniqueRoot(net);
        return unique == null ? new Result(null, IrrNote.SIGN_CHANGES) : new Result(unique, null);
    }

    /** The root of NPV(r) when a fine scan of 1 + r from 1E-4 to 1001 finds exactly one sign change, else null. */
    private static BigDecimal uniqueRoot(List<BigDecimal> net) {
        double[] flows = net.stream().mapToDouble(BigDecimal::doubleValue).toArray();
        final int steps = 2000;
        double logLo = Math.log(1e-4);
        double logHi = Math.log(1001);
        double lo = Math.exp(logLo) - 1;
        double npvLo = npv(flows, lo);
        double[] bracket = null;
        int roots = npvLo == 0 ? 1 : 0;
        for (int i = 1; i <= steps; i++) {
            double hi = Math.exp(logLo + (logHi - logLo) * i / steps) - 1;
            double npvHi = npv(flows, hi);
            if (npvHi == 0 || (npvLo != 0 && Math.signum(npvHi) != Math.signum(npvLo))) {
                roots++;
                bracket = new double[] {lo, hi, Math.signum(npvLo)};
            }
            lo = hi;
            npvLo = npvHi;
        }
        if (roots != 1 || bracket == null) {
            return null;
        }
        return exact(bisect(flows, bracket[0], bracket[1], bracket[2]));
    }

    /** The rate r (as a fraction, 0.1 = 10%) with NPV(r) = 0, or null when there is none in the range. */
    static BigDecimal rate(List<BigDecimal> net) {
        return rate(net, 0);
    }

    /** As {@link #rate(List)}, scanning the grid from {@code GRID[from]} upwards. */
    private static BigDecimal rate(List<BigDecimal> net, int from) {
        if (!hasSignChange(net)) {
            // All zero, or all inflows / all outflows: no rate makes NPV zero.
            return null;
        }
        double[] flows = new double[net.size()];
        for (int i = 0; i < flows.length; i++) {
            flows[i] = net.get(i).doubleValue();
        }
        double lo = GRID[from];
        double npvLo = npv(flows, lo);
        if (npvLo == 0) {
            return exact(lo);
        }
        for (int g = from + 1; g < GRID.length; g++) {
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
