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
            "en|Revenue-based benefits (benefits[0]) need the company's margin, but company.grossMarginRate is not given; "
                    + "the insurance profile's margin revenueMarginRate = 0.03 is used.",
            "zh-CN|收益（benefits[0]）以销售额计算，需要按利润率折算，但案例未提供 company.grossMarginRate，"
                    + "因此采用保险行业的利润率 revenueMarginRate = 0.03。"})
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
