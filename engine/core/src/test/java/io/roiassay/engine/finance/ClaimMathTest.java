package io.roiassay.engine.finance;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimMathTest {

    @Test
    void recomputedRoiPercent_benefitMinusCostOverCost() {
        assertThat(ClaimMath.recomputedRoiPercent(new BigDecimal("75000"), new BigDecimal("12000")))
                .isEqualTo(new BigDecimal("525.00"));
    }

    @Test
    void recomputedRoiPercent_loss_negative() {
        assertThat(ClaimMath.recomputedRoiPercent(new BigDecimal("300"), new BigDecimal("400")))
                .isEqualTo(new BigDecimal("-25.00"));
    }

    @Test
    void benefitCostRatioPercent_benefitOverCost() {
        // The classic mistake: 75 000 / 12 000 reported as "625% ROI".
        assertThat(ClaimMath.benefitCostRatioPercent(new BigDecimal("75000"), new BigDecimal("12000")))
                .isEqualTo(new BigDecimal("625.00"));
    }

    @Test
    void recomputedRoiPercent_zeroCost_null() {
        assertThat(ClaimMath.recomputedRoiPercent(BigDecimal.TEN, BigDecimal.ZERO)).isNull();
        assertThat(ClaimMath.benefitCostRatioPercent(BigDecimal.TEN, new BigDecimal("0.00"))).isNull();
    }

    @Test
    void recomputedRoiPercent_missingInput_null() {
        assertThat(ClaimMath.recomputedRoiPercent(null, BigDecimal.TEN)).isNull();
        assertThat(ClaimMath.recomputedRoiPercent(BigDecimal.TEN, null)).isNull();
        assertThat(ClaimMath.benefitCostRatioPercent(null, BigDecimal.TEN)).isNull();
        assertThat(ClaimMath.benefitCostRatioPercent(BigDecimal.TEN, null)).isNull();
    }

    @Test
    void percentAbove_roundsHalfEven() {
        // 1.00125 is 0.125% above 1: a tie, rounded to the even 0.12.
        assertThat(ClaimMath.percentAbove(new BigDecimal("1.00125"), BigDecimal.ONE))
                .isEqualTo(new BigDecimal("0.12"));
        assertThat(ClaimMath.percentAbove(BigDecimal.ONE, BigDecimal.ZERO)).isNull();
    }

    @Test
    void gapPercent_ofTheCasesTotal_eitherSide_twoPlaces() {
        // vendor-claim-audit: 1,920,000 claimed against 5,100,000 entered: 3,180,000 / 5,100,000 = 62.3529… → 62.35
        assertThat(ClaimMath.gapPercent(new BigDecimal("1920000"), new BigDecimal("5100000"))).isEqualTo(new BigDecimal("62.35"));
        // ten times the case's 75,000: 900 % off
        assertThat(ClaimMath.gapPercent(new BigDecimal("750000"), new BigDecimal("75000"))).isEqualTo(new BigDecimal("900.00"));
        assertThat(ClaimMath.gapPercent(new BigDecimal("12000"), new BigDecimal("12000"))).isEqualByComparingTo("0");
        assertThat(ClaimMath.gapPercent(BigDecimal.ONE, BigDecimal.ZERO)).isNull();
        assertThat(ClaimMath.gapPercent(null, BigDecimal.TEN)).isNull();
    }
}
