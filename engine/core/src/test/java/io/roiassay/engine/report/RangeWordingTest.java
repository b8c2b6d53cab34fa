package io.roiassay.engine.report;

import io.roiassay.engine.Examples;
import io.roiassay.engine.assess.AssessOptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The range sections in words. The benefit tolerance is written as what it means, with no sign under a neutral label: seed-000's −35.83 (NPV stays
 * positive until benefits fall that far) and acme-retail's +199.58 (benefits would have to triple).
 */
class RangeWordingTest {

    @Test
    void aNegativeTolerance_isHowFarBenefitsMayFall() throws Exception {
        Report zh = Examples.assay().engine().assess(Examples.read("seed-000-benefit-1m-cost-500k.yaml"), "zh-CN");
        Report en = Examples.assay().engine().assess(Examples.read("seed-000-benefit-1m-cost-500k.yaml"), "en");
        assertThat(zh.sensitivity().benefitTolerancePercent()).isEqualByComparingTo("-35.83");

        assertThat(MarkdownReportWriter.render(zh)).contains("- 收益可下降幅度：35.83%\n").doesNotContain("-35.83%");
        assertThat(MarkdownReportWriter.render(en)).contains("- Benefits may fall by: 35.83%\n");
        assertThat(HtmlReportWriter.render(en)).contains("<strong>Benefits may fall by: 35.83%</strong>");
    }

    @Test
    void aPositiveTolerance_isHowFarBenefitsMustRise() throws Exception {
        Report zh = Examples.assay().engine().assess(Examples.read("acme-retail.yaml"), "zh-CN");
        assertThat(zh.sensitivity().benefitTolerancePercent()).isEqualByComparingTo("199.58");

        assertThat(MarkdownReportWriter.render(zh)).contains("- 收益须提高：199.58%\n");
        assertThat(HtmlReportWriter.render(zh)).contains("<strong>收益须提高：199.58%</strong>");
    }

    @Test
    void markdown_givesTheShareOfDrawsPerGrade_asTheHtmlDraws() throws Exception {
        Report en = Examples.assay().engine().assess(Examples.read("tcm-pharma-service.yaml"), "en", AssessOptions.DEFAULT);
        StringBuilder expected = new StringBuilder("- Share of draws per grade: ");
        String separator = "";
        for (var g : en.uncertainty().grades().entrySet()) {
            expected.append(separator).append(Labels.word("en", "grade", g.getKey())).append(' ')
                    .append(Numbers.share(g.getValue()));
            separator = "; ";
        }
        assertThat(en.uncertainty().grades().keySet()).containsExactly("strong", "positive", "marginal", "negative");
        assertThat(MarkdownReportWriter.render(en)).contains(expected.append('\n'));
        assertThat(MarkdownReportWriter.render(Examples.assay().engine().assess(Examples.read("acme-retail.yaml"), "zh-CN",
                AssessOptions.DEFAULT))).contains("- 各评级所占的抽样比例：回报显著 0.00%；回报为正 0.00%；回报有限 0.00%；回报为负 100.00%\n");
    }

    @Test
    void unprovenVerdict_theDrawsAndTheTornadoShowRoiBands_notGradesItCouldHave() throws Exception {
        // vendor-claim-audit is unproven by rule (vendor benchmarks, costs missing) whatever its ROI: "Negative 100%"
        // beside it read as a second verdict (review)
        Report en = Examples.assay().engine().assess(Examples.read("vendor-claim-audit.yaml"), "en", AssessOptions.DEFAULT);
        assertThat(en.verdict().grade()).isEqualTo("unproven");
        String md = MarkdownReportWriter.render(en);
        assertThat(md).contains("- Share of draws per ROI band (the verdict is unproven whatever the band): Strong band 0.00%;"
                + " Positive band 0.00%; Marginal band 0.00%; Negative band 100.00%\n")
                .contains("moves ROI from -61.22% (Negative band) to -71.35% (Negative band)")
                .contains("| ×0.5 | ×1.5 | -61.22% Negative band | -71.35% Negative band |");
        String html = HtmlReportWriter.render(Examples.assay().engine().assess(Examples.read("vendor-claim-audit.yaml"),
                "zh-CN", AssessOptions.DEFAULT));
        assertThat(html).contains("各 ROI 区间所占的抽样比例（无论落在哪个区间，结论都是“未经证实”）")
                .contains("-61.22% · “回报为负”区间").doesNotContain("各评级所占的抽样比例");
    }
}
