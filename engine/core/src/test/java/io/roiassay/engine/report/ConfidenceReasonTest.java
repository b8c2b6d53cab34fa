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

    @Test
    void aCaseWithNoBenefit_isNotSaidToRestOnSoundEvidence() throws Exception {
        // a practitioner review: "Unproven (confidence high) … the value does not rest mainly on projections" — there was no value
        Report en = Examples.assay().engine().assess(new io.roiassay.engine.caseio.CaseReader().read("""
                format: roi-assay/case-1
                id: nothing-gained
                currency: USD
                company: { industry: retail, employees: 40, grossMarginRate: 0.3 }
                costs:
                  - { category: subscription, amount: 12000, recurrence: annual }
                """, "nothing-gained.yaml", false), "en");

        assertThat(en.verdict().grade()).isEqualTo("unproven");
        assertThat(en.verdict().confidence()).isEqualTo("high");
        assertThat(en.verdict().confidenceReason()).isEqualTo("there is no benefit whose evidence could be weighed: the"
                + " grade says only that the case shows no return, and no estimate in it could change that.");
    }
}
