package io.roiassay.engine.assess;

import io.roiassay.engine.Examples;
import io.roiassay.engine.RoiAssay;
import io.roiassay.engine.catalogue.Catalogue;
import io.roiassay.engine.rules.PackCatalogue;
import io.roiassay.engine.sensitivity.Driver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sentence {@code verdict/grade-boundary.drl} adds to the headline ("The grade holds unless …") is worded in
 * the catalogue ({@code holds-unless} in verdicts.yaml), not in the rule: an overlay entry rewords it.
 */
class HeadlineSentenceTest {

    // seed-004 is strong; with a crmShare range down to 0.25 it reaches the positive band below 0.3134
    // (UncertaintyReportTest)
    private static final String SEED_004 = "seed-004-first-year-tco.yaml";

    @Test
    void builtInCatalogue_hasAClauseForEveryDriverAndDirection() throws Exception {
        Catalogue c = PackCatalogue.of(RoiAssay.ruleFiles(null));

        assertThat(c.problems()).isEmpty();
        for (Driver d : Driver.values()) {
            for (String direction : new String[] {"below", "above"}) {
                assertThat(c.clause("holds-unless#" + d.id() + "-" + direction)).as(d.id() + " " + direction).isNotNull();
            }
        }
    }

    @Test
    void builtInWording_aShareReadsAsAPercentage_likeTheRestOfTheReport() throws Exception {
        // the share where the grade changes is 0.3134 (0.5 × 2 · PVc / PVb); the report shows shares as 50.00 %,
        // so 31.34%
        var en = Examples.assay().engine().assess(Examples.seed004WithWideShare(), "en", AssessOptions.NO_DRAWS);
        var zh = Examples.assay().engine().assess(Examples.seed004WithWideShare(), "zh-CN", AssessOptions.NO_DRAWS);

        assertThat(en.verdict().headline()).endsWith("paid back in 12.78 months."
                + " The grade changes if the CRM's share of the gain is below 31.34%: of the drivers that can change it within"
                + " their ranges, this one moves ROI the most.");
        assertThat(zh.verdict().headline()).endsWith("12.78 个月收回投资。若 CRM 的收益归因份额低于 31.34%，评级即会改变：在各自区间内可能改变评级的因素中，"
                + "这一因素对 ROI 的影响最大。");
    }

    @Test
    void strongHeadline_statesTheCasesOwnMargin_notTheBands() throws Exception {
        // ROI 219.08 %: PV(benefits) = 3.1908 × PV(costs), so benefits may fall by 1 − 1/3.1908 = 68.66 %
        var en = Examples.assay().engine().assess(Examples.read(SEED_004), "en", AssessOptions.NO_DRAWS);
        var zh = Examples.assay().engine().assess(Examples.read(SEED_004), "zh-CN", AssessOptions.NO_DRAWS);

        assertThat(en.sensitivity().benefitTolerancePercent()).isEqualByComparingTo("-68.66");
        assertThat(en.verdict().headline()).contains("a discounted ROI of 219.08%: benefits could fall by 68.66% and the"
                + " investment would still earn the discount rate;").doesNotContain("halve");
        assertThat(zh.verdict().headline()).contains("即使收益下降 68.66%，仍能达到折现率要求").doesNotContain("减半");
    }

    @Test
    void bandsMovedByAnOverlay_headlinesStillTrue(@TempDir Path dir) throws Exception {
        // strong from 50 % (tcm-pharma-service, ROI 68.59 %, becomes strong: benefits may fall by 1 − 1/1.6859 = 40.69 %,
        // not "halve"); marginal from −70 % (acme-retail, ROI −66.62 %, becomes marginal: PV(benefits) = 0.3338 ×
        // PV(costs), so they must rise by 0.6662 / 0.3338 = 199.58 %)
        Files.createDirectories(dir.resolve("profiles"));
        Files.writeString(dir.resolve("profiles/our-bands.drl"), """
                package io.roiassay.rules.profiles;
                import io.roiassay.engine.facts.*;
                import java.math.BigDecimal;

                rule "Our grade bands"
                    agenda-group "profile"
                    salience 5
                when
                    $p: Profile(industry != null, segment != null, deployment != null)
                then
                    $p.set("verdict.strongRoiPercent", new BigDecimal("50"), "assumption: ours", "假设：我们的");
                    $p.set("verdict.marginalRoiPercent", new BigDecimal("-70"), "assumption: ours", "假设：我们的");
                end
                """);
        RoiAssay assay = RoiAssay.builder().rulesOverlay(dir).build();

        var tcm = assay.engine().assess(Examples.read("tcm-pharma-service.yaml"), "en", AssessOptions.NO_DRAWS);
        var acme = assay.engine().assess(Examples.read("acme-retail.yaml"), "en", AssessOptions.NO_DRAWS);

        assertThat(tcm.verdict().grade()).isEqualTo("strong");
        assertThat(tcm.verdict().headline()).contains("a discounted ROI of 68.59%: benefits could fall by 40.69% and");
        assertThat(acme.verdict().grade()).isEqualTo("marginal");
        assertThat(acme.sensitivity().benefitTolerancePercent()).isEqualByComparingTo("199.58");
        assertThat(acme.verdict().headline()).contains("(discounted ROI -66.62%): benefits 199.58% higher would break even,");
    }

    @Test
    void overlayCatalogueEntry_rewordsTheHeadline(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("catalogue"));
        Files.writeString(dir.resolve("catalogue/verdicts-mine.yaml"), """
                holds-unless:
                  en: "{headline} Watch out: {clause}!"
                  zh: "{headline}注意：{clause}！"
                  clauses:
                    crmShare-below:
                      en: "a CRM share under {value} breaks it"
                      zh: "CRM 份额不足 {value} 即改变评级"
                """);
        RoiAssay assay = RoiAssay.builder().rulesOverlay(dir).build();

        var en = assay.engine().assess(Examples.seed004WithWideShare(), "en", AssessOptions.NO_DRAWS);
        var zh = assay.engine().assess(Examples.seed004WithWideShare(), "zh-CN", AssessOptions.NO_DRAWS);

        assertThat(en.verdict().headline()).endsWith("paid back in 12.78 months. Watch out: a CRM share under 0.3134"
                + " breaks it!").doesNotContain("The grade changes if");
        assertThat(zh.verdict().headline()).endsWith("12.78 个月收回投资。注意：CRM 份额不足 0.3134 即改变评级！")
                .doesNotContain("评级即会改变");
    }
}
