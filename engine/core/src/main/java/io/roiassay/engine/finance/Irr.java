package io.roiassay.engine.finance;

import java.math.BigDecimal;
import java.util.List;

/** Internal rate of return by bisection on BigDecimal, with the same discounting convention as the NPV. */
final class Irr {

    /**
     * Rates probed for a sign change of NPV(r), from −99.99% to 100 000%. Scanning upwards from the lowest rate
     * makes the answer deterministic when unusual flows (several sign changes) have more than one root: the
     * lowest root bracketed by the grid is returned.
     */
    private static final List<BigDecimal> GRID = List.of(
            "-0.9999", "-0.99", "-0.9", "-0.75", "-0.5", "-0.25", "0", "0.1", "0.25", "0.5",
            "1", "2", "5", "10", "50", "100", "1000").stream().map(BigDecimal::new).toList();

    /** Far below a hundredth of a percent, so the rounded result does not depend on when bisection stops. */
    private static final BigDecimal TOLERANCE = new BigDecimal("1E-20");

    private static final int MAX_ITERATIONS = 200;

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private Irr() {
    }

    /** The rate r (as a fraction, 0.1 = 10%) with NPV(r) = 0, or null when there is none in the range. */
    static BigDecimal rate(List<BigDecimal> net) {
        if (!hasSignChange(net)) {
            // All zero, or all inflows / all outflows: no rate makes NPV zero.
            return null;
        }
        BigDecimal lo = GRID.get(0);
        BigDecimal npvLo = FinancialCalculator.presentValue(net, lo);
        if (npvLo.signum() == 0) {
            return lo;
        }
        for (BigDecimal hi : GRID.subList(1, GRID.size())) {
            BigDecimal npvHi = FinancialCalculator.presentValue(net, hi);
            if (npvHi.signum() == 0) {
                return hi;
            }
            if (npvHi.signum() != npvLo.signum()) {
                return bisect(net, lo, hi, npvLo.signum());
            }
            lo = hi;
            npvLo = npvHi;
        }
        return null;
    }

    private static BigDecimal bisect(List<BigDecimal> net, BigDecimal lo, BigDecimal hi, int signLo) {
        for (int i = 0; i < MAX_ITERATIONS && hi.subtract(lo).compareTo(TOLERANCE) > 0; i++) {
            BigDecimal mid = lo.add(hi).divide(TWO, Money.MATH);
            int signMid = FinancialCalculator.presentValue(net, mid).signum();
            if (signMid == 0) {
                return mid;
            }
            if (signMid == signLo) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo.add(hi).divide(TWO, Money.MATH);
    }

    private static boolean hasSignChange(List<BigDecimal> net) {
        boolean positive = net.stream().anyMatch(value -> value.signum() > 0);
        boolean negative = net.stream().anyMatch(value -> value.signum() < 0);
        return positive && negative;
    }
}
