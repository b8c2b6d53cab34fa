package io.roiassay.engine.assess;

import io.roiassay.engine.Examples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * data/missing-margin quotes the margin the adjustment planner applied: on vendor-claim-audit (an insurer) the
 * underwriting margin revenueMarginRate = 0.03, not the generic typical gross margin 0.35.
 */
class MissingMarginTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // an insurer: the field to give is the revenue margin, not company.grossMarginRate (variant revenue-margin)
            "en|Revenue-based benefits (benefits[0]) are turned into profit at the insurance profile's revenueMarginRate"
                    + " = 0.03, an assumption: the revenue of a bank or insurer (deposits, loans, premiums) has no"
                    + " cost-of-goods gross margin and is worth a net interest or underwriting margin of a few percent. Give"
                    + " the company's own with assumptions.values.revenueMarginRate (a company.grossMarginRate would be set"
                    + " aside).",
            "zh-CN|以收入计算的收益（benefits[0]）按保险行业的 revenueMarginRate = 0.03 折算为利润，这是一项假设：银行和保险公司的"
                    + "收入（存款、贷款、保费）没有基于销货成本的毛利率，其价值是几个百分点的净息差或承保利润率。请用 "
                    + "assumptions.values.revenueMarginRate 填写企业自己的数据（填写 company.grossMarginRate 不会被采用）。"})
    void vendorClaimAudit_findingQuotesTheMarginOfTheGrossMarginStep(String lang, String message) throws Exception {
        var report = Examples.assay().engine().assess(Examples.read("vendor-claim-audit.yaml"), lang);
        var step = report.financials().adjustments().stream().filter(s -> s.step().equals("gross-margin"))
                .findFirst().orElseThrow();
        var finding = report.findings().stream().filter(f -> f.code().equals("data/missing-margin"))
                .findFirst().orElseThrow();
        assertThat(step.assumption()).isEqualTo("revenueMarginRate");
        assertThat(step.factor()).isEqualTo("0.03");
        assertThat(finding.evidence()).containsEntry("marginAssumption", step.assumption());
        assertThat((BigDecimal) finding.evidence().get("marginUsed")).isEqualByComparingTo(step.factor());
        // the source is the note of the same assumption, in both languages (evidence is data, the same in both
        // reports); the Markdown and HTML reports show the wording of their language
        var source = (io.roiassay.plugin.Text) finding.evidence().get("marginSource");
        assertThat(source.en()).startsWith("assumption: an insurer's premium growth").contains("underwriting margin");
        assertThat(source.zh()).startsWith("假设：保险公司的保费增长按承保利润率计算价值");
        assertThat(finding.message()).isEqualTo(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en|marginSource = assumption: an insurer's premium growth is worth its underwriting margin|承保利润率",
            "zh-CN|marginSource = 假设：保险公司的保费增长按承保利润率计算价值|an insurer's premium growth"})
    void vendorClaimAudit_reportsShowTheMarginSourceInTheirLanguage(String lang, String shown, String otherLanguage)
            throws Exception {
        var report = Examples.assay().engine().assess(Examples.read("vendor-claim-audit.yaml"), lang);
        String md = io.roiassay.engine.report.MarkdownReportWriter.render(report);
        String html = io.roiassay.engine.report.HtmlReportWriter.render(report);
        assertThat(md).contains(shown).doesNotContain(otherLanguage);
        assertThat(html).contains(shown.replace("'", "&#39;")).doesNotContain(otherLanguage.replace("'", "&#39;"));
    }
}
