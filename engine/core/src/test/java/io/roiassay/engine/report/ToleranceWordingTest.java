package io.roiassay.engine.report;

import io.roiassay.engine.Examples;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benefit tolerance is written as what it means, with no sign under a neutral label: seed-000's −35.83 (NPV stays
 * positive until benefits fall that far) and acme-retail's +199.58 (benefits would have to triple).
 */
class ToleranceWordingTest {

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
}
