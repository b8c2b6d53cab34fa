package io.roiassay.engine.finance;

import io.roiassay.engine.model.CostCategory;
import io.roiassay.engine.model.CostItem;
import io.roiassay.engine.model.CostTiming;
import io.roiassay.engine.model.Recurrence;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.roiassay.engine.finance.FinancialCalculatorTest.periods;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Costs paid in advance against costs paid in arrears: placement, present values, payback, discounted payback and
 * IRR, every figure computed by hand (r = 10%, discount factors 1.1, 1.21, 1.331).
 */
class PaymentTimingTest {

    private static final BigDecimal TEN_PERCENT = new BigDecimal("0.10");

    private static CostItem subscription(String amount, CostTiming timing) {
        return new CostItem(null, CostCategory.SUBSCRIPTION, new BigDecimal(amount), Recurrence.ANNUAL, null, null,
                null, timing);
    }

    /** Cash flows of one cost against benefits, placed as the engine places them. */
    private static CashFlows flows(CostItem cost, List<BigDecimal> benefits) {
        int years = benefits.size() - 1;
        List<BigDecimal> covered = Schedules.expand(cost, years);
        if (!cost.paidAtYearStart()) {
            return new CashFlows(covered, benefits);
        }
        List<BigDecimal> paid = Schedules.inAdvance(covered);
        return new CashFlows(paid, benefits, paid);
    }

    @Test
    void inAdvance_movesEachYearsPaymentToTheEndOfThePreviousPeriod() {
        // Years 1..3 of 100 → paid at periods 0, 1, 2; the total is unchanged.
        assertThat(Schedules.inAdvance(periods("0", "100", "100", "100")))
                .usingElementComparator(BigDecimal::compareTo).containsExactly(
                        new BigDecimal("100"), new BigDecimal("100"), new BigDecimal("100"), BigDecimal.ZERO);
        // A period-0 amount is already at the start: it stays (with year 1's payment beside it).
        assertThat(Schedules.inAdvance(periods("50", "100", "0")))
                .usingElementComparator(BigDecimal::compareTo).containsExactly(
                        new BigDecimal("150"), BigDecimal.ZERO, BigDecimal.ZERO);
    }

    @Test
    void paidAtYearStart_onlyForAnnualAdvance() {
        assertThat(subscription("100", CostTiming.ADVANCE).paidAtYearStart()).isTrue();
        assertThat(subscription("100", CostTiming.ARREARS).paidAtYearStart()).isFalse();
        assertThat(subscription("100", null).paidAtYearStart()).isFalse();
        CostItem monthly = new CostItem(null, CostCategory.SUBSCRIPTION, new BigDecimal("10"), Recurrence.MONTHLY,
                null, null, null, CostTiming.ADVANCE);
        assertThat(monthly.paidAtYearStart()).isFalse();
    }

    /*
     * Subscription 100 a year for years 1..3 against benefits of 200 a year.
     * Arrears: costs [0, 100, 100, 100]. PV(costs) = 100 × (1/1.1 + 1/1.21 + 1/1.331) = 248.685… → 248.69;
     *   PV(benefits) = 497.370… → 497.37; NPV 248.69; ROI 100.00. Net is never negative: payback 0 (no cost is paid
     *   before the benefits cover it) and no IRR (no outlay).
     * Advance: costs [100, 100, 100, 0]. PV(costs) = 100 × (1 + 1/1.1 + 1/1.21) = 100 × 3.31 / 1.21 = 273.553… →
     *   273.55; NPV = 497.370… − 273.553… = 223.816… → 223.82; ROI = 2 × 1.21 / 1.331 − 1 = 1/1.1 × 2 − 1 = 81.82%.
     *   Payback: 100 paid at month 0, benefits accrue 200 a year → recovered at 12 × 100/200 = month 6. At month 12
     *   year 2's 100 is paid from the 100 earned (cumulative 0, not negative): payback 6.00.
     *   Discounted: −100; year 1 accrues (200 − 100 + 100)/1.1 = 181.818… → recovered at 12 × 100/181.818… = 6.6,
     *   then year 2's payment (100/1.1 = 90.909…) leaves −9.0909… (= −100/11); year 2 accrues 200/1.21 = 165.289…
     *   → recovered at 12 × (1 + (100/11)/(200/1.21)) = 12 × (1 + 121/2200) = 12.66. Never negative again.
     */
    @Test
    void advanceSubscription_costsMoreInPresentValueAndPaysBackAfterSixMonthsNotZero() {
        List<BigDecimal> benefits = periods("0", "200", "200", "200");

        Financials arrears = FinancialCalculator.compute(flows(subscription("100", null), benefits), TEN_PERCENT, "USD");
        assertThat(arrears.pvCosts()).isEqualTo(new BigDecimal("248.69"));
        assertThat(arrears.npv()).isEqualTo(new BigDecimal("248.69"));
        assertThat(arrears.roiPercent()).isEqualTo(new BigDecimal("100.00"));
        assertThat(arrears.paybackMonths()).isEqualTo(new BigDecimal("0.00"));
        assertThat(arrears.discountedPaybackMonths()).isEqualTo(new BigDecimal("0.00"));
        assertThat(arrears.irrPercent()).isNull();
        assertThat(arrears.irrNote()).isEqualTo(IrrNote.NO_OUTLAY);

        Financials advance = FinancialCalculator.compute(flows(subscription("100", CostTiming.ADVANCE), benefits),
                TEN_PERCENT, "USD");
        assertThat(advance.totalCosts()).isEqualTo(new BigDecimal("300.00"));
        assertThat(advance.pvCosts()).isEqualTo(new BigDecimal("273.55"));
        assertThat(advance.pvBenefits()).isEqualTo(new BigDecimal("497.37"));
        assertThat(advance.npv()).isEqualTo(new BigDecimal("223.82"));
        assertThat(advance.roiPercent()).isEqualTo(new BigDecimal("81.82"));
        assertThat(advance.paybackMonths()).isEqualTo(new BigDecimal("6.00"));
        assertThat(advance.discountedPaybackMonths()).isEqualTo(new BigDecimal("12.66"));
        assertThat(advance.periods()).extracting(PeriodFigures::costs).containsExactly(new BigDecimal("100.00"),
                new BigDecimal("100.00"), new BigDecimal("100.00"), new BigDecimal("0.00"));
    }

    /*
     * Two years of a 100 subscription paid in advance against benefits [0, 100, 121]: costs [100, 100, 0], net
     * [−100, 0, 121]. IRR: −100 + 121/(1 + r)² = 0 at r = 10%. NPV at 10% = 0.
     * Payback: −100 at month 0; year 1 earns 100 → 0 at month 12, then year 2's 100 is paid → −100; year 2 earns
     * 121 → recovered at 12 + 12 × 100/121 = 21.917… → 21.92.
     * Discounted: year 1 earns 100/1.1 → −9.09… at month 12, then −100/1.1 more; year 2 earns 121/1.21 = 100 → the
     * discounted cumulative reaches 0 exactly at month 24: 24.00.
     * In arrears the same case is costs [0, 100, 100], net [0, 0, 21]: never negative, payback 0, no IRR.
     */
    @Test
    void advanceSubscription_twoYears_irrTenPercent_paybackAfterTheSecondPayment() {
        List<BigDecimal> benefits = periods("0", "100", "121");
        CostItem advance = new CostItem(null, CostCategory.SUBSCRIPTION, new BigDecimal("100"), Recurrence.ANNUAL,
                1, 2, null, CostTiming.ADVANCE);

        Financials f = FinancialCalculator.compute(flows(advance, benefits), TEN_PERCENT, "USD");

        assertThat(f.irrPercent()).isEqualTo(new BigDecimal("10.00"));
        assertThat(f.npv()).isEqualTo(new BigDecimal("0.00"));
        assertThat(f.paybackMonths()).isEqualTo(new BigDecimal("21.92"));
        assertThat(f.discountedPaybackMonths()).isEqualTo(new BigDecimal("24.00"));

        Financials arrears = FinancialCalculator.compute(flows(subscription("100", null), benefits), TEN_PERCENT, "USD");
        assertThat(arrears.paybackMonths()).isEqualTo(new BigDecimal("0.00"));
        assertThat(arrears.irrNote()).isEqualTo(IrrNote.NO_OUTLAY);
    }

    @Test
    void discountedPayback_nullWhenNpvNegative_evenIfUndiscountedPaysBack() {
        // costs [100, 0, 0], benefits [0, 50, 55]: undiscounted payback 12 + 12 × 50/55 = 22.909… → 22.91;
        // discounted cumulative −100 + 45.45… + 45.45… = −9.09… < 0 → none.
        Financials f = FinancialCalculator.compute(new CashFlows(periods("100", "0", "0"), periods("0", "50", "55")),
                TEN_PERCENT, "USD");
        assertThat(f.paybackMonths()).isEqualTo(new BigDecimal("22.91"));
        assertThat(f.discountedPaybackMonths()).isNull();
    }
}
