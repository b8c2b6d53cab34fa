package io.roiassay.engine.finance;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FinancialCalculatorTest {

    private static final BigDecimal TEN_PERCENT = new BigDecimal("0.10");

    static List<BigDecimal> periods(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }

    static CashFlows flows(List<BigDecimal> costs, List<BigDecimal> benefits) {
        return new CashFlows(costs, benefits);
    }

    /*
     * Three-year TEI case, checked by hand (r = 10%, discount factors 1.1, 1.21, 1.331):
     *   costs    [100 000, 20 000, 20 000, 20 000]   benefits [0, 30 000, 80 000, 100 000]
     *   PV(costs)    = 100 000 + 18 181.818… + 16 528.926… + 15 026.296… = 149 737.0398… → 149 737.04
     *   PV(benefits) = 27 272.727… + 66 115.702… + 75 131.480…            = 168 519.9098… → 168 519.91
     *   NPV          = 168 519.9098… − 149 737.0398…                       =  18 782.8700… →  18 782.87
     *   ROI          = 18 782.8700… ÷ 149 737.0398… × 100                  =      12.5439… →      12.54
     *   simple ROI   = (210 000 − 160 000) ÷ 160 000 × 100                 =                     31.25
     *   net          [−100 000, 10 000, 60 000, 80 000]; cumulative [−100 000, −90 000, −30 000, 50 000]
     *   payback      = 12 × 2 + 12 × 30 000 ÷ 80 000 = 24 + 4.5                                 = 28.50
     *   IRR: −100 000 + 10 000/(1+r) + 60 000/(1+r)² + 80 000/(1+r)³ = 0 at r = 18.1258…%  →  18.13
     *   discounted cumulative [−100 000, −90 909.09…, −41 322.31…, 18 782.87…]
     *   discounted payback = 12 × 2 + 12 × (50 000 ÷ 1.21) ÷ (80 000 ÷ 1.331) = 24 + 12 × 0.6875   = 32.25
     */
    @Test
    void compute_threeYearTei_handChecked() {
        CashFlows flows = flows(periods("100000", "20000", "20000", "20000"),
                periods("0", "30000", "80000", "100000"));

        Financials result = FinancialCalculator.compute(flows, TEN_PERCENT, "USD");

        assertThat(result.totalCosts()).isEqualTo(new BigDecimal("160000.00"));
        assertThat(result.totalBenefits()).isEqualTo(new BigDecimal("210000.00"));
        assertThat(result.pvCosts()).isEqualTo(new BigDecimal("149737.04"));
        assertThat(result.pvBenefits()).isEqualTo(new BigDecimal("168519.91"));
        assertThat(result.npv()).isEqualTo(new BigDecimal("18782.87"));
        assertThat(result.roiPercent()).isEqualTo(new BigDecimal("12.54"));
        assertThat(result.simpleRoiPercent()).isEqualTo(new BigDecimal("31.25"));
        assertThat(result.paybackMonths()).isEqualTo(new BigDecimal("28.50"));
        assertThat(result.irrPercent()).isEqualTo(new BigDecimal("18.13"));
        assertThat(result.irrNote()).isNull();
        assertThat(result.discountedPaybackMonths()).isEqualTo(new BigDecimal("32.25"));
    }

    @Test
    void compute_threeYearTei_periodTable() {
        CashFlows flows = flows(periods("100000", "20000", "20000", "20000"),
                periods("0", "30000", "80000", "100000"));

        List<PeriodFigures> rows = FinancialCalculator.compute(flows, TEN_PERCENT, "CNY").periods();

        assertThat(rows).containsExactly(
                row(0, "100000.00", "0.00", "-100000.00", "-100000.00"),
                row(1, "20000.00", "30000.00", "10000.00", "-90000.00"),
                row(2, "20000.00", "80000.00", "60000.00", "-30000.00"),
                row(3, "20000.00", "100000.00", "80000.00", "50000.00"));
    }

    private static PeriodFigures row(int period, String costs, String benefits, String net, String cumulative) {
        return new PeriodFigures(period, new BigDecimal(costs), new BigDecimal(benefits), new BigDecimal(net),
                new BigDecimal(cumulative));
    }

    @Test
    void compute_initialPeriodNotDiscounted() {
        Financials result = FinancialCalculator.compute(
                flows(periods("1000", "0"), periods("0", "1100")), TEN_PERCENT, "USD");

        assertThat(result.pvCosts()).isEqualTo(new BigDecimal("1000.00"));
        assertThat(result.pvBenefits()).isEqualTo(new BigDecimal("1000.00"));
        assertThat(result.npv()).isEqualTo(new BigDecimal("0.00"));
        assertThat(result.roiPercent()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void compute_paybackInsideFirstYear_interpolated() {
        // Cumulative −12 000 after period 0; year 1 nets +75 000: 12 × 12 000 ÷ 75 000 = 1.92 months.
        Financials result = FinancialCalculator.compute(
                flows(periods("12000", "0"), periods("0", "75000")), TEN_PERCENT, "USD");

        assertThat(result.paybackMonths()).isEqualTo(new BigDecimal("1.92"));
    }

    @Test
    void compute_paybackInsideSecondYear_interpolated() {
        // Cumulative −100, −60 after year 1; year 2 nets +80: 12 + 12 × 60 ÷ 80 = 21 months.
        Financials result = FinancialCalculator.compute(
                flows(periods("100", "0", "0"), periods("0", "40", "80")), TEN_PERCENT, "USD");

        assertThat(result.paybackMonths()).isEqualTo(new BigDecimal("21.00"));
    }

    @Test
    void compute_paybackExactlyAtYearEnd_wholeYears() {
        Financials result = FinancialCalculator.compute(
                flows(periods("100", "0", "0"), periods("0", "50", "50")), TEN_PERCENT, "USD");

        assertThat(result.paybackMonths()).isEqualTo(new BigDecimal("24.00"));
    }

    @Test
    void compute_neverPaidBack_paybackNull() {
        Financials result = FinancialCalculator.compute(
                flows(periods("100000", "20000", "20000", "20000"), periods("0", "10000", "10000", "10000")),
                TEN_PERCENT, "USD");

        assertThat(result.paybackMonths()).isNull();
        assertThat(result.npv()).isNegative();
    }

    @Test
    void compute_noInitialOutlayPositiveNet_paybackZero() {
        Financials result = FinancialCalculator.compute(
                flows(periods("0", "100", "100"), periods("0", "150", "150")), TEN_PERCENT, "USD");

        assertThat(result.paybackMonths()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void compute_noInitialOutlayButLosses_paybackNull() {
        // Cumulative is 0 at period 0 and then only falls: that is no payback, not an immediate one.
        Financials result = FinancialCalculator.compute(
                flows(periods("0", "100", "100"), periods("0", "50", "50")), TEN_PERCENT, "USD");

        assertThat(result.paybackMonths()).isNull();
    }

    @Test
    void compute_zeroCost_roiUndefined() {
        Financials result = FinancialCalculator.compute(
                flows(periods("0", "0"), periods("0", "500")), TEN_PERCENT, "USD");

        assertThat(result.roiPercent()).isNull();
        assertThat(result.simpleRoiPercent()).isNull();
        assertThat(result.totalCosts()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void compute_roundsOnlyAtTheEnd() {
        // Three thirds: rounding each period first would give 0.99; the unrounded sum is exactly 1.
        BigDecimal third = BigDecimal.ONE.divide(new BigDecimal("3"), Money.MATH);
        Financials result = FinancialCalculator.compute(
                flows(List.of(third, third, third), Schedules.zeros(2)), BigDecimal.ZERO, "USD");

        assertThat(result.totalCosts()).isEqualTo(new BigDecimal("1.00"));
        assertThat(result.periods().get(2).cumulativeNet()).isEqualTo(new BigDecimal("-1.00"));
        assertThat(result.periods().get(2).costs()).isEqualTo(new BigDecimal("0.33"));
    }

    @Test
    void compute_halfBoundary_roundsToEven() {
        Financials result = FinancialCalculator.compute(
                flows(periods("0.125", "0"), periods("0", "0.135")), BigDecimal.ZERO, "USD");

        assertThat(result.totalCosts()).isEqualTo(new BigDecimal("0.12"));
        assertThat(result.totalBenefits()).isEqualTo(new BigDecimal("0.14"));
    }

    @Test
    void compute_jpy_noDecimals() {
        Financials result = FinancialCalculator.compute(
                flows(periods("1000000", "0"), periods("0", "1500000")), TEN_PERCENT, "JPY");

        // 1 500 000 ÷ 1.1 = 1 363 636.36… → 1 363 636 yen.
        assertThat(result.pvBenefits()).isEqualTo(new BigDecimal("1363636"));
        assertThat(result.npv()).isEqualTo(new BigDecimal("363636"));
        assertThat(result.totalCosts()).isEqualTo(new BigDecimal("1000000"));
        assertThat(result.periods().get(1).net()).isEqualTo(new BigDecimal("1500000"));
        // Percentages keep two places whatever the currency.
        assertThat(result.simpleRoiPercent()).isEqualTo(new BigDecimal("50.00"));
    }

    @Test
    void compute_monthlyRecurrence_countedTwelveTimes() {
        List<BigDecimal> subscription = Schedules.expand(new io.roiassay.engine.model.CostItem(null,
                io.roiassay.engine.model.CostCategory.SUBSCRIPTION, new BigDecimal("1000"),
                io.roiassay.engine.model.Recurrence.MONTHLY, null, null, null), 2);

        Financials result = FinancialCalculator.compute(flows(subscription, Schedules.zeros(2)),
                TEN_PERCENT, "USD");

        assertThat(result.totalCosts()).isEqualTo(new BigDecimal("24000.00"));
        assertThat(result.periods().get(1).costs()).isEqualTo(new BigDecimal("12000.00"));
    }

    @Test
    void compute_discountRateOfMinusOneOrBelow_rejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> FinancialCalculator.compute(
                flows(periods("1", "0"), periods("0", "1")), new BigDecimal("-1"), "USD"));
    }
}
