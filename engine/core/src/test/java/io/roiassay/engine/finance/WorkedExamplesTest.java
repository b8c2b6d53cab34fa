package io.roiassay.engine.finance;

import io.roiassay.engine.model.CostCategory;
import io.roiassay.engine.model.CostItem;
import io.roiassay.engine.model.Recurrence;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.roiassay.engine.finance.FinancialCalculatorTest.flows;
import static io.roiassay.engine.finance.FinancialCalculatorTest.periods;
import static org.assertj.core.api.Assertions.assertThat;

/** Acceptance tests: the worked examples of the seed articles (PRODUCT.md), reproduced by the financial core. */
class WorkedExamplesTest {

    private static final BigDecimal TEN_PERCENT = new BigDecimal("0.10");

    @Test
    void seed001_cost12000_grossProfit75000_simpleRoi525() {
        Financials result = FinancialCalculator.compute(
                flows(periods("12000", "0"), periods("0", "75000")), TEN_PERCENT, "USD");

        assertThat(result.simpleRoiPercent()).isEqualTo(new BigDecimal("525.00"));
        assertThat(ClaimMath.recomputedRoiPercent(new BigDecimal("75000"), new BigDecimal("12000")))
                .isEqualTo(new BigDecimal("525.00"));
    }

    @Test
    void seed001_cost1000_newProfit11000_simpleRoi1000() {
        Financials result = FinancialCalculator.compute(
                flows(periods("1000", "0"), periods("0", "11000")), TEN_PERCENT, "USD");

        assertThat(result.simpleRoiPercent()).isEqualTo(new BigDecimal("1000.00"));
        assertThat(ClaimMath.recomputedRoiPercent(new BigDecimal("11000"), new BigDecimal("1000")))
                .isEqualTo(new BigDecimal("1000.00"));
    }

    @Test
    void seed000_benefit1000000_cost500000_simpleRoi100() {
        Financials result = FinancialCalculator.compute(
                flows(periods("500000", "0"), periods("0", "1000000")), TEN_PERCENT, "CNY");

        assertThat(result.simpleRoiPercent()).isEqualTo(new BigDecimal("100.00"));
        assertThat(ClaimMath.recomputedRoiPercent(new BigDecimal("1000000"), new BigDecimal("500000")))
                .isEqualTo(new BigDecimal("100.00"));
    }

    @Test
    void seed004_firstYearCost490000_63_33PercentAboveQuote() {
        int years = 3;
        CostItem purchase = new CostItem("purchase", CostCategory.LICENSE, new BigDecimal("300000"),
                Recurrence.ONCE, null, null, null);
        CostItem extras = new CostItem("customization-cleansing-training", CostCategory.CUSTOMIZATION,
                new BigDecimal("150000"), Recurrence.ONCE, null, null, null);
        CostItem maintenance = new CostItem("maintenance", CostCategory.MAINTENANCE, new BigDecimal("40000"),
                Recurrence.ANNUAL, null, null, null);

        List<BigDecimal> costs = Schedules.zeros(years);
        for (CostItem item : List.of(purchase, extras, maintenance)) {
            costs = Schedules.add(costs, Schedules.expand(item, years));
        }
        // "First year" in the seed = the initial purchase and set-up plus the first year's running cost.
        BigDecimal firstYear = costs.get(0).add(costs.get(1));

        assertThat(firstYear).isEqualByComparingTo("490000");
        assertThat(ClaimMath.percentAbove(firstYear, new BigDecimal("300000")))
                .isEqualTo(new BigDecimal("63.33"));
        assertThat(FinancialCalculator.compute(flows(costs, Schedules.zeros(years)), TEN_PERCENT, "CNY")
                .totalCosts()).isEqualTo(new BigDecimal("570000.00"));
    }
}
