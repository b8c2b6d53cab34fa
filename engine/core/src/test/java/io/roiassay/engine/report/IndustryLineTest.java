package io.roiassay.engine.report;

import io.roiassay.engine.Examples;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The profile's industry line shows the case's own wording only when it says something the profile's word does not:
 * "中药" beside pharma, not "Insurance" beside insurance or "wholesale" beside 批发 (review: English left in a zh-CN
 * report).
 */
class IndustryLineTest {

    private static Report assess(String example, String lang) throws Exception {
        return Examples.assay().engine().assess(Examples.read(example), lang);
    }

    @Test
    void theCasesWording_shownOnlyWhenItIsAnotherName() throws Exception {
        // vendor-claim-audit writes "Insurance": the profile id in another case
        assertThat(MarkdownReportWriter.render(assess("vendor-claim-audit.yaml", "en"))).contains("- Industry: insurance\n");
        assertThat(MarkdownReportWriter.render(assess("vendor-claim-audit.yaml", "zh-CN"))).contains("- 行业：保险\n");
        assertThat(HtmlReportWriter.render(assess("vendor-claim-audit.yaml", "zh-CN"))).doesNotContain("（Insurance）");
        // tcm-pharma-service writes 中药, a name of its own for the pharma profile
        assertThat(MarkdownReportWriter.render(assess("tcm-pharma-service.yaml", "zh-CN"))).contains("- 行业：医药（中药）\n");
        assertThat(MarkdownReportWriter.render(assess("tcm-pharma-service.yaml", "en"))).contains("- Industry: pharma (中药)\n");
    }
}
