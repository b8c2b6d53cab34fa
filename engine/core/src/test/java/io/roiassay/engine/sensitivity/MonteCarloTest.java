package io.roiassay.engine.sensitivity;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Seeded triangular draws: percentiles, degenerate ranges, determinism. */
class MonteCarloTest {

    private final SensitivityPlan plan = Plans.simple();
    private final GradeBands bands = Plans.bands();

    private static double roiWithBenefitScale(double scale) {
        // PV(benefits) 1,492.1112 × scale against PV(costs) 1,248.6852
        return (1492.111196 * scale - 1248.685199) / 1248.685199 * 100;
    }

    @Test
    void singleSymmetricBenefitDriver_p50IsTheRoiAtTheLikelyValue() {
        MonteCarlo.Result r = MonteCarlo.run(plan, List.of(Plans.range(Driver.BENEFIT_SCALE, "0.8", "1.0", "1.2")),
                bands, 20_000, 7);

        // sampling error of the median of 20,000 triangular draws: about 0.2 points of ROI here
        assertThat(r.roiP50()).isCloseTo(roiWithBenefitScale(1.0), within(0.5));
    }

    @Test
    void singleSkewedBenefitDriver_percentilesFollowTheTriangularQuantiles() {
        MonteCarlo.Result r = MonteCarlo.run(plan, List.of(Plans.range(Driver.BENEFIT_SCALE, "0.7", "1.0", "1.2")),
                bands, 20_000, 3);

        // triangular (0.7, 1.0, 1.2): F(1.0) = 0.6, so the median is below the mode: 0.7 + sqrt(0.5 × 0.5 × 0.3)
        double median = 0.7 + Math.sqrt(0.5 * 0.5 * 0.3);
        double p10 = 0.7 + Math.sqrt(0.1 * 0.5 * 0.3);
        double p90 = 1.2 - Math.sqrt(0.1 * 0.5 * 0.2);
        assertThat(r.roiP50()).isCloseTo(roiWithBenefitScale(median), within(0.6));
        assertThat(r.roiP10()).isCloseTo(roiWithBenefitScale(p10), within(0.6));
        assertThat(r.roiP90()).isCloseTo(roiWithBenefitScale(p90), within(0.6));
    }

    @Test
    void degenerateRanges_giveEveryPercentileEqualToThePointRoi() {
        MonteCarlo.Result r = MonteCarlo.run(plan, List.of(Plans.range(Driver.CRM_SHARE, "1", "1", "1"),
                Plans.range(Driver.DISCOUNT_RATE, "0.10", "0.10", "0.10")), bands, 1_000, 1);
        double point = plan.baseRoiPercent();

        assertThat(r.roiP10()).isEqualTo(point);
        assertThat(r.roiP50()).isEqualTo(point);
        assertThat(r.roiP90()).isEqualTo(point);
        assertThat(r.npvBelowZero()).isZero();
        assertThat(r.gradeCounts()).containsExactly(0, 0, 1_000, 0);
    }

    @Test
    void sameSeed_sameResult_otherSeed_otherResult() {
        List<DriverRange> ranges = List.of(Plans.range(Driver.CRM_SHARE, "0.5", "0.8", "1"),
                Plans.range(Driver.COST_SCALE, "0.9", "1", "1.4"));
        MonteCarlo.Result a = MonteCarlo.run(plan, ranges, bands, 5_000, 42);
        MonteCarlo.Result b = MonteCarlo.run(plan, ranges, bands, 5_000, 42);
        MonteCarlo.Result c = MonteCarlo.run(plan, ranges, bands, 5_000, 43);

        assertThat(b.roiP50()).isEqualTo(a.roiP50());
        assertThat(b.npvP10()).isEqualTo(a.npvP10());
        assertThat(b.gradeCounts()).containsExactly(a.gradeCounts());
        assertThat(c.roiP50()).isNotEqualTo(a.roiP50());
    }

    @Test
    void gradeCounts_coverEveryDraw_andNpvBelowZeroMatchesTheNegativeGrade() {
        MonteCarlo.Result r = MonteCarlo.run(plan, List.of(Plans.range(Driver.CRM_SHARE, "0.5", "0.8", "1")),
                bands, 4_000, 9);

        assertThat(Arrays.stream(r.gradeCounts()).sum()).isEqualTo(4_000);
        // with these bands, NPV < 0 is exactly ROI < 0: the negative grade
        assertThat(r.gradeCounts()[3]).isEqualTo(r.npvBelowZero());
        assertThat(r.probabilityNpvBelowZero()).isBetween(0.5, 0.95);
    }

    @Test
    void triangular_inverseCdf_hitsTheEndsAndTheMode() {
        assertThat(MonteCarlo.triangular(0, 2, 3, 5)).isEqualTo(2);
        assertThat(MonteCarlo.triangular(1.0 / 3, 2, 3, 5)).isCloseTo(3, within(1e-12));
        assertThat(MonteCarlo.triangular(0.999999999, 2, 3, 5)).isCloseTo(5, within(1e-4));
    }

    @Test
    void percentile_interpolatesBetweenOrderStatistics() {
        double[] sorted = {0, 10, 20, 30, 40};

        assertThat(MonteCarlo.percentile(sorted, 0.5)).isEqualTo(20);
        assertThat(MonteCarlo.percentile(sorted, 0.1)).isEqualTo(4);
        assertThat(MonteCarlo.percentile(sorted, 0.9)).isEqualTo(36);
    }
}
