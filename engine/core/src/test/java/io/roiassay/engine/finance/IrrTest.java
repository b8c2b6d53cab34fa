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

    private static IrrNote note(CashFlows flows) {
        return FinancialCalculator.compute(flows, new BigDecimal("0.10"), "USD").irrNote();
    }

    @Test
    void irr_outlayNotRecovered_nullWithReasonInsteadOfANegativeRate() {
        // −100 now, +50 in a year: the "rate" would be −50%; the outlay is never recovered.
        CashFlows halfBack = flows(periods("100", "0"), periods("0", "50"));
        assertThat(irr(halfBack)).isNull();
        assertThat(note(halfBack)).isEqualTo(IrrNote.NOT_RECOVERED);
        // −10 000 now, +5 in a year: printed as −99.95% before; not meaningful.
        CashFlows almostNothing = flows(periods("10000", "0"), periods("0", "5"));
        assertThat(irr(almostNothing)).isNull();
        assertThat(note(almostNothing)).isEqualTo(IrrNote.NOT_RECOVERED);
    }

    @Test
    void irr_noOutlay_nullWithReason() {
        // Arrears subscription netted against larger benefits: net never negative.
        assertThat(note(flows(periods("0", "10", "10"), periods("0", "50", "50")))).isEqualTo(IrrNote.NO_OUTLAY);
    }

    @Test
    void irr_noInflow_nullWithReason() {
        assertThat(note(flows(periods("100", "10"), periods("0", "5")))).isEqualTo(IrrNote.NO_INFLOW);
    }

    @Test
    void irr_twoRoots_reportsTheOneAboveZero() {
        // −100, +210, −108: NPV = −100 + 210x − 108x² (x = 1/(1+r)) = 0 at x = 5/6 (r = 20%) and x = 10/9
        // (r = −10%). Σ net = 2 > 0 and the cumulative net (−100, 110, 2) changes sign once: 20% is the one
        // positive rate (Norstrom), and the answer.
        CashFlows flows = flows(periods("100", "0", "108"), periods("0", "210", "0"));
        assertThat(irr(flows)).isEqualTo(new BigDecimal("20.00"));
        assertThat(note(flows)).isNull();
    }

    @Test
    void irr_meaningful_hasNoNote() {
        assertThat(note(flows(periods("100", "0"), periods("0", "110")))).isNull();
    }

    @Test
    void irr_zeroRate_whenNetSumsToZero() {
        assertThat(irr(flows(periods("100", "0", "0"), periods("0", "40", "60")))).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void irr_noSignChange_undefined() {
        assertThat(irr(flows(periods("0", "10", "10"), periods("0", "50", "50")))).isNull();
        assertThat(irr(flows(periods("100", "10"), periods("0", "5")))).isNull();
        assertThat(note(flows(periods("0", "10", "10"), periods("0", "50", "50")))).isEqualTo(IrrNote.NO_OUTLAY);
    }

    @Test
    void irr_allZero_undefined() {
        assertThat(irr(flows(Schedules.zeros(3), Schedules.zeros(3)))).isNull();
    }

    @Test
    void irr_rootOutsideRange_undefined() {
        // −1 now, +10 000 000 in a year: r = 999 999 900%, far beyond the 100 000% upper bound.
        assertThat(irr(flows(periods("1", "0"), periods("0", "10000000")))).isNull();
        assertThat(note(flows(periods("1", "0"), periods("0", "10000000")))).isEqualTo(IrrNote.OUT_OF_RANGE);
    }

    @Test
    void irr_noRealRoot_undefined() {
        // +100, −300, +300: NPV = 100 − 300x + 300x² (x = 1/(1+r)) has no real root although signs change.
        assertThat(irr(flows(periods("0", "300", "0"), periods("100", "0", "300")))).isNull();
        assertThat(note(flows(periods("0", "300", "0"), periods("100", "0", "300")))).isEqualTo(IrrNote.SIGN_CHANGES);
    }
}
