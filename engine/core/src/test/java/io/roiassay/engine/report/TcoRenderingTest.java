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
                "- First-year cost (initial + year 1): 490,000.00",
                "- Quote (licence and subscription, initial + year 1): 300,000.00",
                "- First year above the quote (%): 63.33",
                "Unused seats 28", "Yearly cost of unused seats 35,000.00",
                "| 1 | 40,000.00 |", "| Discounted payback (months) |");
    }

    @Test
    void html_hasATcoSectionInChinese() throws Exception {
        String html = HtmlReportWriter.render(seed004("zh-CN"));
        assertThat(html).contains("<section id=\"tco\">", "总拥有成本", "第一年超出报价（%）</dt><dd class=\"num\">63.33</dd>",
                "闲置席位年成本</dt><dd class=\"num\">35,000.00</dd>", "折现回收期（月）");
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
