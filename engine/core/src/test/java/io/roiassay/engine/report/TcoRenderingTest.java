package io.roiassay.engine.report;

import io.roiassay.engine.Examples;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The TCO view, discounted payback and IRR notes in the Markdown and HTML renderings, in both languages. */
class TcoRenderingTest {

    private static Report seed004(String lang) throws Exception {
        return Examples.assay().engine().assess(Examples.read("seed-004-first-year-tco.yaml"), lang);
    }

    @Test
    void markdown_showsFirstYearAgainstQuoteCostByYearAndSeats_inEnglish() throws Exception {
        String md = MarkdownReportWriter.render(seed004("en"));
        assertThat(md).contains("### Total cost of ownership (CNY)",
                "- First-year cost as entered (period 0 + year 1, by the year each cost covers): 490,000.00",
                "- Quote (licence and subscription; period 0 + year 1, by the year each covers): 300,000.00",
                "- First year above the quote, as entered (%): 63.33",
                // adjusted: 727,500 + 42,000 as paid = 769,500; (769,500 − 300,000) ÷ 300,000 = 156.50 %
                "- First-year cost adjusted (period 0 + year 1, by the year each cost covers): 769,500.00",
                "- First year above the quote, adjusted (%): 156.50",
                "Unused seats 28", "Yearly cost of unused seats 35,000.00",
                "| 1 | 40,000.00 |", "| Discounted payback (months) |");
    }

    @Test
    void html_hasATcoSectionInChinese() throws Exception {
        String html = HtmlReportWriter.render(seed004("zh-CN"));
        assertThat(html).contains("<section id=\"tco\">", "总拥有成本", "第一年超出报价（录入值，%）</dt><dd class=\"num\">63.33</dd>",
                "第一年成本（调整值，初始期 + 第 1 年，按各项成本所覆盖的年度）</dt><dd class=\"num\">769,500.00</dd>",
                "第一年超出报价（调整值，%）</dt><dd class=\"num\">156.50</dd>",
                "闲置席位年成本</dt><dd class=\"num\">35,000.00</dd>", "折现回收期（月）");
    }

    @Test
    void markdown_vendorClaim_firstYearAsEnteredBesideTheAdjustedFirstYear() throws Exception {
        // only the subscription was entered, so as entered the first year equals the quote (0.00 % above it); adjusted,
        // with 180,000 of hidden-cost estimates in period 0 and cost risk, periods 0 and 1 cost 175,950 + 199,350
        // = 375,300, which is (375,300 − 180,000) ÷ 180,000 = 108.50 % above the quote
        String md = MarkdownReportWriter.render(Examples.assay().engine().assess(Examples.read("vendor-claim-audit.yaml"), "zh-CN"));
        assertThat(md).contains("- 第一年成本（录入值，初始期 + 第 1 年，按各项成本所覆盖的年度）：180,000.00\n"
                + "- 报价（软件许可与订阅；初始期 + 第 1 年，按所覆盖的年度）：180,000.00\n"
                + "- 第一年超出报价（录入值，%）：0.00\n"
                + "- 第一年成本（调整值，初始期 + 第 1 年，按各项成本所覆盖的年度）：375,300.00\n"
                + "- 第一年超出报价（调整值，%）：108.50\n");
    }

    @Test
    void adjustedFirstYear_isPeriodsZeroAndOneAsPaid_andUndefinedAboveAQuoteOfZero() {
        var tco = new ReportTco(new BigDecimal("5000.00"), BigDecimal.ZERO, null, List.of(
                new ReportTco.Year(0, new BigDecimal("5000.00"), new BigDecimal("5500.00"), new BigDecimal("5000.00"),
                        new BigDecimal("5500.00")),
                new ReportTco.Year(1, BigDecimal.ZERO, new BigDecimal("250.00"), new BigDecimal("5000.00"),
                        new BigDecimal("5750.00")),
                new ReportTco.Year(2, BigDecimal.ZERO, new BigDecimal("250.00"), new BigDecimal("5000.00"),
                        new BigDecimal("6000.00"))), null);
        assertThat(TcoRendering.adjustedFirstYear(tco)).isEqualByComparingTo("5750.00");
        assertThat(TcoRendering.markdown(tco, "en", "USD"))
                .contains("- First-year cost adjusted (period 0 + year 1, by the year each cost covers): 5,750.00\n"
                        + "- First year above the quote, adjusted (%): undefined\n");
    }

    @Test
    void subscriptionPaidInAdvance_adjustedFirstYearLeavesOutTheYear2Payment_likeTheEnteredOne() throws Exception {
        // 60,000 a year in advance (paid at the start of years 1-3: periods 0, 1, 2) and a 40,000 implementation that
        // includes migration and training. Entered, by the year each covers: 60,000 + 40,000 = 100,000 (66.67 % above
        // the 60,000 quote). Adjusted: subscription 60,000 × 1.05 = 63,000, implementation 40,000 × 1.10 = 44,000,
        // internal staff 0.5 × 60,000 × 1.10 = 33,000 (once): 140,000 in period 0; year 1 adds the estimated
        // maintenance 0.05 × 60,000 × 1.10 = 3,300: 143,300. Period 1 as paid would also hold year 2's 63,000 (review:
        // 206,300 and 243.83 % mixed two bases). (143,300 − 60,000) ÷ 60,000 = 138.83 %
        Report r = Examples.assay().engine().assess(new io.roiassay.engine.caseio.CaseReader().read("""
                format: roi-assay/case-1
                id: saas-advance-usd
                currency: USD
                company: {industry: technology, annualRevenue: 30000000}
                deployment: {model: saas, licensedUsers: 50, activeUsers: 45}
                costs:
                  - {id: sub, category: subscription, amount: 60000, recurrence: annual, timing: advance}
                  - {id: impl, category: implementation, amount: 40000, includes: [data-migration, training]}
                benefits:
                  - {id: gp, basis: gross-profit, amount: 120000, recurrence: annual, source: estimated}
                """, "advance.yaml", false), "en");
        assertThat(r.financials().tco().firstYearCost()).isEqualByComparingTo("100000.00");
        assertThat(r.financials().tco().firstYearCostAdjusted()).isEqualByComparingTo("143300.00");
        assertThat(MarkdownReportWriter.render(r))
                .contains("- First-year cost adjusted (period 0 + year 1, by the year each cost covers): 143,300.00\n"
                        + "- First year above the quote, adjusted (%): 138.83\n");
    }

    @Test
    void allInTotal_isLabelledAllIn_andHasNoQuoteBesideIt() throws Exception {
        // seed 000's 500,000 is the whole cost (costCoverage: all-in) entered as a licence line: no quote to compare
        Report r = Examples.assay().engine().assess(Examples.read("seed-000-benefit-1m-cost-500k.yaml"), "en");
        assertThat(r.financials().tco().costCoverage()).isEqualTo("all-in");
        String md = MarkdownReportWriter.render(r);
        assertThat(md).contains("- First-year cost as entered (all-in total; period 0 + year 1, by the year each cost covers):"
                + " 500,000.00\n").doesNotContain("Quote (licence").doesNotContain("above the quote");
        String html = HtmlReportWriter.render(Examples.assay().engine().assess(
                Examples.read("seed-000-benefit-1m-cost-500k.yaml"), "zh-CN"));
        assertThat(html).contains("第一年成本（录入值，一揽子总价；").doesNotContain("报价（软件许可与订阅").doesNotContain("超出报价");
    }

    @Test
    void irrNote_renderedInsteadOfARate() {
        ReportFigures noIrr = new ReportFigures(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null, null, null, "Not meaningful: because.", List.of());
        ReportFigures withIrr = new ReportFigures(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null, null, new BigDecimal("12.50"), null, List.of());
        ReportFinancials f = new ReportFinancials(3, new BigDecimal("0.10"), noIrr, withIrr, List.of(), List.of(),
                List.of());

        assertThat(TcoRendering.irrCell(noIrr, "en")).isEqualTo("not meaningful");
        assertThat(TcoRendering.irrCell(noIrr, "zh-CN")).isEqualTo("无意义");
        assertThat(TcoRendering.irrCell(withIrr, "en")).isEqualTo("12.50%");
        assertThat(TcoRendering.markdownIrrNotes(f, "en")).isEqualTo("- IRR (Entered): Not meaningful: because.\n\n");
        assertThat(TcoRendering.htmlIrrNotes(f, "en")).contains("<strong>IRR (Entered)</strong>: Not meaningful: because.")
                .doesNotContain("Adjusted");
    }
}
