package io.roiassay.engine.finance;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class MoneyTest {

    @Test
    void scale_followsIsoMinorUnits() {
        assertThat(Money.scale("JPY")).isZero();
        assertThat(Money.scale("CNY")).isEqualTo(2);
        assertThat(Money.scale("USD")).isEqualTo(2);
        assertThat(Money.scale("BHD")).isEqualTo(3);
    }

    @Test
    void scale_unknownOrUndefined_two() {
        assertThat(Money.scale("XYZ")).isEqualTo(2);
        assertThat(Money.scale(null)).isEqualTo(2);
        // Gold has no minor unit: Currency reports -1.
        assertThat(Money.scale("XAU")).isEqualTo(2);
    }

    @Test
    void round_jpy_noDecimals() {
        BigDecimal rounded = Money.round(new BigDecimal("1234.56"), "JPY");

        assertThat(rounded).isEqualTo(new BigDecimal("1235"));
        assertThat(rounded.scale()).isZero();
    }

    @Test
    void round_halfBoundary_toEven() {
        // HALF_UP would give 0.13 and 1234 → 1235; half-even rounds ties to the even neighbour.
        assertThat(Money.round(new BigDecimal("0.125"), "CNY")).isEqualTo(new BigDecimal("0.12"));
        assertThat(Money.round(new BigDecimal("0.135"), "CNY")).isEqualTo(new BigDecimal("0.14"));
        assertThat(Money.round(new BigDecimal("1234.5"), "JPY")).isEqualTo(new BigDecimal("1234"));
        assertThat(Money.round(new BigDecimal("1235.5"), "JPY")).isEqualTo(new BigDecimal("1236"));
    }

    @Test
    void round_padsToCurrencyScale() {
        assertThat(Money.round(new BigDecimal("7"), "USD")).isEqualTo(new BigDecimal("7.00"));
    }

    @Test
    void percent_ratioTimesHundred_twoPlaces() {
        assertThat(Money.percent(new BigDecimal("5.25"))).isEqualTo(new BigDecimal("525.00"));
        assertThat(Money.percent(new BigDecimal("0.633333333"))).isEqualTo(new BigDecimal("63.33"));
        // 0.00125 × 100 = 0.125, a tie: even neighbour 0.12.
        assertThat(Money.percent(new BigDecimal("0.00125"))).isEqualTo(new BigDecimal("0.12"));
    }

    @Test
    void percentOf_zeroDenominator_null() {
        assertThat(Money.percentOf(BigDecimal.ONE, BigDecimal.ZERO)).isNull();
        assertThat(Money.percentOf(BigDecimal.ONE, new BigDecimal("0.00"))).isNull();
        assertThat(Money.percentOf(BigDecimal.ONE, new BigDecimal("3"))).isEqualTo(new BigDecimal("33.33"));
    }

    @Test
    void round_nullAmount_rejected() {
        assertThatNullPointerException().isThrownBy(() -> Money.round(null, "CNY"));
    }
}
