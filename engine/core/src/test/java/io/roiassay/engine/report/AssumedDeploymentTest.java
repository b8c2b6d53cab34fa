package io.roiassay.engine.report;

import io.roiassay.engine.Examples;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A deployment the case does not give is the profile's assumption (profiles/deployment.drl sets
 * {@code deployment.basis} to {@code default}), and the profile section says so instead of stating it as fact.
 */
class AssumedDeploymentTest {

    @Test
    void notGiven_seed000_markdownSaysAssumed_inBothLanguages() throws Exception {
        // seed 000 has no deployment block: SaaS is the default
        var c = Examples.read("seed-000-benefit-1m-cost-500k.yaml");
        assertThat(MarkdownReportWriter.render(Examples.assay().engine().assess(c, "zh-CN")))
                .contains("\n- 部署方式：SaaS 订阅（默认假设，案例未给出）\n");
        assertThat(MarkdownReportWriter.render(Examples.assay().engine().assess(c, "en")))
                .contains("\n- Deployment: SaaS (assumed; not given)\n");
    }

    @Test
    void notGiven_seed001NewProfit_htmlSaysAssumed() throws Exception {
        var r = Examples.assay().engine().assess(Examples.read("seed-001-new-profit-1000.yaml"), "zh-CN");
        assertThat(HtmlReportWriter.render(r))
                .contains("<span title=\"saas\">SaaS 订阅</span><span class=\"muted\">（默认假设，案例未给出）</span>");
    }

    @Test
    void given_vendorClaimAudit_isStatedWithoutANote() throws Exception {
        // vendor-claim-audit gives deployment.model: saas
        var r = Examples.assay().engine().assess(Examples.read("vendor-claim-audit.yaml"), "en");
        assertThat(MarkdownReportWriter.render(r)).contains("\n- Deployment: SaaS\n").doesNotContain("assumed; not given");
        assertThat(HtmlReportWriter.render(r)).doesNotContain("assumed; not given");
    }
}
