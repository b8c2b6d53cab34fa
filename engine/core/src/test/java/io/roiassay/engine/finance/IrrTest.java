package io.roiassay.engine.finance;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static io.roiassay.engine.finance.FinancialCalculatorTest.flows;
import static io.roiassay.engine.finance.FinancialCalculatorTest.periods;
import static org.assertj.core.api.Assertions.assertThat;

class IrrTest {

    private static BigDecimal irr(CashFlows flows) {
        return FinancialCalculator.compute(flows, new BigDecimal("0.10"), "USD").irrPercent();
    }

    @Test
    void irr_twoPeriods_tenPercent() {
        // −100 now, +110 in a year: 110 ÷ (1 + r) = 100 at r = 10%.
        assertThat(irr(flows(periods("100", "0"), periods("0", "110")))).isEqualTo(new BigDecimal("10.00"));
    }

    @Test
    void irr_lossMaking_negativeRate() {
        // −100 now, +50 in a year: r = −50%.
        assertThat(irr(flows(periods("100", "0"), periods("0", "50")))).isEqualTo(new BigDecimal("-50.00"));
    }

    @Test
    void irr_zeroRate_whenNetSumsToZero() {
        assertThat(irr(flows(periods("100", "0", "0"), periods("0", "40", "60")))).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void irr_noSignChange_undefined() {
        assertThat(irr(flows(periods("0", "10", "10"), periods("0", "50", "50")))).isNull();
        assertThat(irr(flows(periods("100", "10"), periods("0", "5")))).isNull();
    }

    @Test
    void irr_allZero_undefined() {
        assertThat(irr(flows(Schedules.zeros(3), Schedules.zeros(3)))).isNull();
    }

    @Test
    void irr_rootOutsideRange_undefined() {
        // −1 now, +10 000 000 in a year: r = 999 999 900%, far beyond the 100 000% upper bound.
        assertThat(irr(flows(periods("1", "0"), periods("0", "10000000")))).isNull();
    }

    @Test
    void irr_noRealRoot_undefined() {
        // +100, −300, +300: NPV = 100 − 300x + 300x² (x = 1/(1+r)) has no real root although signs change.
        assertThat(irr(flows(periods("0", "300", "0"), periods("100", "0", "300")))).isNull();
    }
}
