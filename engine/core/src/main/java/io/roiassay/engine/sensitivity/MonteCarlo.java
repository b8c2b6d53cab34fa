package io.roiassay.engine.sensitivity;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded Monte Carlo over the driver ranges: each draw samples every ranged driver from its triangular
 * distribution (inverse CDF of one uniform from a {@link SplittableRandom} seeded with the case's seed, drivers in
 * {@link Driver} order), every other driver stays at its base value, and the plan is re-evaluated. One case draws
 * on one thread, so the result depends only on the plan, the ranges, the draw count and the seed.
 */
public final class MonteCarlo {

    /**
     * The spread of the draws. Percentiles interpolate linearly between order statistics (P10 of n sorted values
     * is at position 0.1 × (n − 1)); ROI percentiles are NaN when PV(costs) is 0. {@code gradeCounts} is indexed
     * like {@link GradeBands#grade(int)}.
     */
    public record Result(int draws, long seed, double npvP10, double npvP50, double npvP90, double roiP10,
                         double roiP50, double roiP90, int npvBelowZero, int[] gradeCounts) {

        /** Share of draws with NPV below 0. */
        public double probabilityNpvBelowZero() {
            return (double) npvBelowZero / draws;
        }
    }

    private MonteCarlo() {
    }

    /** Runs {@code draws} draws ({@code draws} ≥ 1). */
    public static Result run(SensitivityPlan plan, List<DriverRange> ranges, GradeBands bands, int draws, long seed) {
        if (draws < 1) {
            throw new IllegalArgumentException("draws must be at least 1, not " + draws);
        }
        int k = ranges.size();
        int[] index = new int[k];
        double[] low = new double[k];
        double[] mode = new double[k];
        double[] high = new double[k];
        DriverRange[] sorted = ranges.toArray(new DriverRange[0]);
        Arrays.sort(sorted, (a, b) -> Integer.compare(a.driver().ordinal(), b.driver().ordinal()));
        for (int i = 0; i < k; i++) {
            index[i] = sorted[i].driver().ordinal();
            low[i] = sorted[i].low().doubleValue();
            mode[i] = sorted[i].likely().doubleValue();
            high[i] = sorted[i].high().doubleValue();
        }
        double[] npv = new double[draws];
        double[] roi = new double[draws];
        int[] grades = new int[bands.size()];
        int below = 0;
        double[] drivers = plan.base();
        double[] out = new double[3];
        SplittableRandom random = new SplittableRandom(seed);
        for (int n = 0; n < draws; n++) {
            for (int i = 0; i < k; i++) {
                drivers[index[i]] = triangular(random.nextDouble(), low[i], mode[i], high[i]);
            }
            plan.evaluate(drivers, out);
            npv[n] = out[0];
            double r = SensitivityPlan.roiPercent(out);
            roi[n] = r;
            grades[bands.indexOf(r)]++;
            if (out[0] < 0) {
                below++;
            }
        }
        Arrays.sort(npv);
        Arrays.sort(roi);
        boolean roiDefined = !Double.isNaN(roi[0]);
        return new Result(draws, seed, percentile(npv, 0.1), percentile(npv, 0.5), percentile(npv, 0.9),
                roiDefined ? percentile(roi, 0.1) : Double.NaN, roiDefined ? percentile(roi, 0.5) : Double.NaN,
                roiDefined ? percentile(roi, 0.9) : Double.NaN, below, grades);
    }

    /** The inverse CDF of the triangular distribution (low, mode, high) at {@code u} in [0, 1). */
    static double triangular(double u, double low, double mode, double high) {
        double width = high - low;
        if (width <= 0) {
            return low;
        }
        double split = (mode - low) / width;
        if (u < split) {
            return low + Math.sqrt(u * width * (mode - low));
        }
        return high - Math.sqrt((1 - u) * width * (high - mode));
    }

    /** Linear interpolation between the order statistics of {@code sorted}. */
    static double percentile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int i = (int) Math.floor(h);
        if (i + 1 >= sorted.length) {
            return sorted[sorted.length - 1];
        }
        return sorted[i] + (h - i) * (sorted[i + 1] - sorted[i]);
    }
}
