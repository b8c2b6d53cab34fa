package io.roiassay.engine.assess;

import io.roiassay.engine.Examples;
import io.roiassay.engine.caseio.CaseReader;
import io.roiassay.engine.report.Report;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A payback of 0 months is no result to quote (method-practice.md: "a case that pays before it earns never shows 0
 * months"): with every recurring cost paid at the end of its year and nothing up front, nothing is ever out of
 * pocket, and the headline says so instead of "paid back in 0.00 months".
 */
class PaybackHeadlineTest {

    private static Report assess(String timing) throws Exception {
        String yaml = """
                format: roi-assay/case-1
                id: payback
                currency: USD
                company: { industry: retail, employees: 40, grossMarginRate: 0.3 }
                deployment: { model: saas }
                horizon: { years: 3 }
                costCoverage: all-in
                costs:
                  - { id: sub, category: subscription, amount: 10500, recurrence: annual%s }
                benefits:
                  - { id: gp, basis: gross-profit, amount: 24000, recurrence: annual, source: measured }
                """.formatted(timing);
        return Examples.assay().engine().assess(new CaseReader().read(yaml, "payback.yaml", false), "en",
                AssessOptions.NO_DRAWS);
    }

    @Test
    void arrearsWithNothingUpFront_saysNothingIsEverOutOfPocket_notPaidBackInZeroMonths() throws Exception {
        Report r = assess("");

        // 24,000 × 0.95 = 22,800 against 10,500 × 1.05 = 11,025 a year, both at year end: never behind
        assertThat(r.financials().adjusted().paybackMonths()).isEqualByComparingTo("0");
        assertThat(r.verdict().grade()).isEqualTo("strong");
        assertThat(r.verdict().headline()).doesNotContain("0.00 months")
                .contains("Its costs never run ahead of its benefits, as nothing is paid before the first benefits arrive"
                        + " (recurring costs at the end of each year, timing: arrears); SaaS is usually billed in advance"
                        + " (timing: advance), which gives a real payback period.");
    }

    @Test
    void billedInAdvance_quotesThePaybackPeriod() throws Exception {
        Report r = assess(", timing: advance");

        // month 0: −11,025 (10,500 paid in advance, and its 5 % risk uplift). Through year 1 the benefits 22,800 accrue
        // evenly, less the uplift on the year-2 payment (525; the 10,500 itself falls at month 12): recovered at
        // 12 × 11,025 ÷ (22,800 − 525) = 5.94 months (FinancialCalculator.paybackMonths)
        assertThat(r.financials().adjusted().paybackMonths()).isEqualByComparingTo("5.94");
        assertThat(r.verdict().headline()).endsWith("paid back in 5.94 months.");
    }
}
