package io.roiassay.engine.report;

import io.roiassay.engine.Examples;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Why the verdict has its confidence is said in the report's language, in the JSON and beside the confidence in
 * Markdown and HTML, with the rule that set it (text review: it was only in the HTML, as an English rule name).
 */
class ConfidenceReasonTest {

    @Test
    void aLoweredConfidence_isExplainedInChinese_withItsRule() throws Exception {
        Report zh = Examples.assay().engine().assess(Examples.read("tcm-pharma-service.yaml"), "zh-CN");
        String reason = "调整后收益价值中没有任何经观测（上线后实测或对照组测量）的部分：全部为目标值或预测值。";

        assertThat(zh.verdict().confidence()).isEqualTo("medium");
        assertThat(zh.verdict().confidenceReason()).isEqualTo(reason);
        assertThat(MarkdownReportWriter.render(zh)).contains("- 可信度：中——" + reason + "\n")
                .contains("- 可信度规则：`Confidence medium: none of the value is observed`（verdict/confidence.drl）\n");
        assertThat(HtmlReportWriter.render(zh)).contains("<p class=\"confidence-reason\">可信度：中——" + reason + "</p>");
    }

    @Test
    void anUnloweredConfidence_isExplainedToo_andEnglishReadsEnglish() throws Exception {
        Report en = Examples.assay().engine().assess(Examples.read("acme-retail.yaml"), "en");

        assertThat(en.verdict().confidence()).isEqualTo("high");
        assertThat(en.verdict().confidenceRule()).isNull();
        assertThat(MarkdownReportWriter.render(en)).contains("- Confidence: high — no check that lowers the confidence applies:")
                .doesNotContain("confidence rule:");
    }
}
