package io.roiassay.engine.assess;

import io.roiassay.engine.Examples;
import io.roiassay.engine.caseio.CaseReader;
import io.roiassay.engine.model.Case;
import io.roiassay.engine.report.Report;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the verdict says when the Monte Carlo draws disagree with it (verdict/headline-spread.drl), when they are too
 * few to weigh (data/few-draws) and when no range varies at all.
 */
class SpreadHeadlineTest {

    /**
     * A licence of 100,000 paid once (× 1.05, a contracted fee: 105,000 up front) against {@code gain} of measured
     * gross profit a year (× 0.95) for 3 years at 10 % (annuity factor 2.486852), benefits scaled over {@code range}.
     */
    private static Case licence(int gain, String range) throws Exception {
        return new CaseReader().read("""
                format: roi-assay/case-1
                id: spread-check
                currency: CNY
                company: { industry: retail, employees: 50, annualRevenue: 10000000, grossMarginRate: 0.3 }
                horizon: { years: 3, discountRate: 0.10 }
                costCoverage: all-in
                costs:
                  - { category: license, amount: 100000, recurrence: once }
                benefits:
                  - { id: gp, basis: gross-profit, amount: %d, recurrence: annual, source: measured }
                uncertainty:
                  %s
                """.formatted(gain, range), "spread.yaml", false);
    }

    private static Report assess(Case c, int draws) {
        return Examples.assay().engine().assess(c, "en", new AssessOptions(draws, 1));
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() + "%";
    }

    @Test
    void positiveVerdict_whoseDrawsFallMostlyBelowZero_saysSoInTheHeadline() throws Exception {
        // 46,000 × 0.95 = 43,700 a year, PV 108,675.43 against 105,000: NPV 3,675.43, ROI 3.50 %: positive.
        // NPV < 0 below a scale of 105,000 ÷ 108,675.43 = 0.96618; over triangular(0.8, 0.9, 1.0) that is
        // 1 − (1 − 0.96618)² ÷ (0.2 × 0.1) = 94.3 % of the draws
        Report r = assess(licence(46000, "benefitScale: [0.8, 0.9, 1.0]"), 10_000);

        assertThat(r.verdict().grade()).isEqualTo("positive");
        assertThat(r.financials().adjusted().npv()).isEqualByComparingTo("3675.43");
        BigDecimal below = r.uncertainty().probabilityNpvBelowZero();
        assertThat(below).isBetween(new BigDecimal("0.93"), new BigDecimal("0.955"));
        assertThat(r.verdict().headline()).contains(" Yet NPV is below zero in " + percent(below) + " of the Monte Carlo draws"
                + " over the uncertain assumptions: the point estimate is not the likely outcome.");
        assertThat(r.verdict().confidence()).isEqualTo("low");
    }

    @Test
    void marginalVerdict_whoseDrawsRiseMostlyAboveZero_saysSoInTheHeadline_inChineseToo() throws Exception {
        // 42,000 × 0.95 = 39,900 a year, PV 99,225.39 against 105,000: ROI −5.50 %: marginal. NPV > 0 above a scale
        // of 105,000 ÷ 99,225.39 = 1.05820; over triangular(1.0, 1.1, 1.2) that is 1 − 0.0582² ÷ 0.02 = 83.1 % of the draws
        Case c = licence(42000, "benefitScale: [1.0, 1.1, 1.2]");
        Report r = assess(c, 10_000);

        assertThat(r.verdict().grade()).isEqualTo("marginal");
        BigDecimal above = BigDecimal.ONE.subtract(r.uncertainty().probabilityNpvBelowZero());
        assertThat(above).isBetween(new BigDecimal("0.82"), new BigDecimal("0.845"));
        assertThat(r.verdict().headline()).contains(" Yet NPV is above zero in " + percent(above) + " of the Monte Carlo draws");
        Report zh = Examples.assay().engine().assess(c, "zh-CN", new AssessOptions(10_000, 1));
        assertThat(zh.verdict().headline()).contains("然而对不确定的假设做蒙特卡洛抽样，净现值大于零的抽样占 " + percent(above)
                + "：点估计并不是最可能的结果。");
    }

    @Test
    void marginalVerdict_whoseDrawsAgreeThatNpvIsNotAboveZero_keepsItsConfidence_andAddsNothing() throws Exception {
        // 42,000 × 0.95 = 39,900 a year, PV 99,225.39 against 105,000: ROI −5.50 %, marginal (NPV not above zero, within
        // 10 % of PV(costs)). Over triangular(0.9, 1.0, 1.1) NPV stays below 0 in about nine draws of ten, which agrees
        // with the verdict; marginal used to be lowered to low for it, as if it were a positive grade.
        Report r = assess(licence(42000, "benefitScale: [0.9, 1.0, 1.1]"), 10_000);

        assertThat(r.verdict().grade()).isEqualTo("marginal");
        assertThat(r.financials().adjusted().roiPercent()).isEqualByComparingTo("-5.50");
        assertThat(r.uncertainty().probabilityNpvBelowZero()).isGreaterThan(new BigDecimal("0.67"));
        assertThat(r.verdict().confidence()).isEqualTo("high");
        assertThat(r.verdict().confidenceRule()).isNull();
        assertThat(r.verdict().headline()).doesNotContain("Monte Carlo");
    }

    @Test
    void fewerThanAThousandDraws_areSaidNotToBeWeighed_andMoveNothing() throws Exception {
        Report r = assess(licence(46000, "benefitScale: [0.8, 0.9, 1.0]"), 5);

        assertThat(r.uncertainty().draws()).isEqualTo(5);
        assertThat(r.findings()).filteredOn(f -> f.code().equals("data/few-draws")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo("info");
            assertThat(f.evidence()).containsEntry("draws", 5);
            assertThat(f.message()).startsWith("The Monte Carlo was run with draws = 5: with fewer than 1,000 draws the spread is too rough");
        });
        assertThat(r.verdict().headline()).doesNotContain("Monte Carlo");
        assertThat(r.verdict().confidence()).isEqualTo("high");
        // from 1,000 draws on the finding is not raised
        assertThat(assess(licence(46000, "benefitScale: [0.8, 0.9, 1.0]"), 1_000).findings())
                .noneMatch(f -> f.code().equals("data/few-draws"));
    }

    @Test
    void anEmptyUncertaintyBlock_isDrawn_everyDrawAtThePoint() throws Exception {
        // "uncertainty: {}" replaces the default ranges with none: nothing varies, so P10 = P50 = P90 = the point ROI
        // (3.50 %) and the grade's share is 1; before, the report claimed that no draws had been asked for
        Report r = assess(licence(46000, "{}"), 10_000);

        assertThat(r.uncertainty().draws()).isEqualTo(10_000);
        assertThat(r.uncertainty().ranges()).isEmpty();
        assertThat(r.uncertainty().roiPercent().p10()).isEqualByComparingTo("3.50");
        assertThat(r.uncertainty().roiPercent().p50()).isEqualByComparingTo("3.50");
        assertThat(r.uncertainty().roiPercent().p90()).isEqualByComparingTo("3.50");
        assertThat(r.uncertainty().probabilityNpvBelowZero()).isEqualByComparingTo("0");
        assertThat(r.uncertainty().grades()).containsEntry("positive", BigDecimal.ONE);
        assertThat(r.sensitivity().tornado()).isEmpty();
    }
}
