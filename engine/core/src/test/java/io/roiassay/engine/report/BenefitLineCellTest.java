package io.roiassay.engine.report;

import io.roiassay.engine.Examples;
import io.roiassay.engine.caseio.CaseReader;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A benefit line's per-year cell says why a line has no yearly amount instead of calling it undefined. */
class BenefitLineCellTest {

    private static ReportBenefitLine line(String source, BigDecimal annual, Map<String, Object> inputs) {
        return new ReportBenefitLine("x", source, "target", null, "gross-profit", "f", inputs, annual,
                new BigDecimal("1000.00"), new BigDecimal("900.00"));
    }

    @Test
    void annual_yearlyLine_isItsAmount() {
        assertThat(Labels.annual("zh-CN", line("case:benefits[0]", new BigDecimal("562500.00"), Map.of())))
                .isEqualTo("562,500.00");
    }

    @Test
    void annual_oneOffCaseLine_saysOneOff() {
        var once = line("case:benefits[0]", null, Map.of("amount", new BigDecimal("1000000")));
        assertThat(Labels.annual("en", once)).isEqualTo("— (one-off)");
        assertThat(Labels.annual("zh-CN", once)).isEqualTo("—（一次性）");
    }

    @Test
    void annual_scheduledCaseLine_saysBySchedule() {
        var scheduled = line("case:benefits[1]", null, Map.of("schedule", java.util.List.of(0, 100, 200)));
        assertThat(Labels.annual("en", scheduled)).isEqualTo("— (by schedule)");
        assertThat(Labels.annual("zh-CN", scheduled)).isEqualTo("—（按年度计划）");
    }

    @Test
    void annual_pluginLineWithoutAYearlyAmount_staysUndefined() {
        assertThat(Labels.annual("en", line("plugin:sales@1.0.0", null, Map.of()))).isEqualTo("undefined");
    }

    @Test
    void seed000_totalBenefitIsOneOff_inMarkdownAndHtml() throws Exception {
        // seed 000: total benefit 1,000,000 once in year 1
        Report zh = Examples.assay().engine().assess(Examples.read("seed-000-benefit-1m-cost-500k.yaml"), "zh-CN");
        String row = MarkdownReportWriter.render(zh).lines().filter(l -> l.startsWith("| total-benefit |")).findFirst()
                .orElseThrow();
        assertThat(row).endsWith("| —（一次性） | 1,000,000.00 | 900,000.00 |").doesNotContain("无定义");
        Report en = Examples.assay().engine().assess(Examples.read("seed-000-benefit-1m-cost-500k.yaml"), "en");
        assertThat(HtmlReportWriter.render(en)).contains("<td class=\"num\">— (one-off)</td><td class=\"num\">1,000,000.00</td>");
    }

    @Test
    void scheduledBenefit_inMarkdown_isBySchedule() throws Exception {
        var c = new CaseReader().read("""
                format: roi-assay/case-1
                id: scheduled
                currency: USD
                company: {industry: retail, employees: 40}
                horizon: {years: 2}
                costs:
                  - {category: subscription, amount: 1000, recurrence: annual}
                benefits:
                  - {id: staged, basis: cost-saving, schedule: [0, 500, 2000], source: measured}
                """, "inline.yaml", false);
        String md = MarkdownReportWriter.render(Examples.assay().engine().assess(c, "en"));
        assertThat(md.lines().filter(l -> l.startsWith("| staged |")).findFirst().orElseThrow())
                .contains("| — (by schedule) | 2,500.00 |");
    }
}
