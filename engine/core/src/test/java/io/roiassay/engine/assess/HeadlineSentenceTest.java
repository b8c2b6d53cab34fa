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

    // seed-004 is strong; its crmShare range reaches the positive band below 0.395 (UncertaintyReportTest)
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
        // the share where the grade changes is 0.395 (0.5 × 2 · PVc / PVb); the report shows shares as 50.00 %, so 39.5%
        var en = Examples.assay().engine().assess(Examples.read(SEED_004), "en", AssessOptions.NO_DRAWS);
        var zh = Examples.assay().engine().assess(Examples.read(SEED_004), "zh-CN", AssessOptions.NO_DRAWS);

        assertThat(en.verdict().headline()).endsWith("paid back in 12.77 months."
                + " The grade holds unless the CRM's share of the gain is below 39.5%.");
        assertThat(zh.verdict().headline()).endsWith("12.77 个月收回投资。除非 CRM 的收益归因份额低于 39.5%，否则评级不变。");
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

        var en = assay.engine().assess(Examples.read(SEED_004), "en", AssessOptions.NO_DRAWS);
        var zh = assay.engine().assess(Examples.read(SEED_004), "zh-CN", AssessOptions.NO_DRAWS);

        assertThat(en.verdict().headline()).endsWith("paid back in 12.77 months. Watch out: a CRM share under 0.395"
                + " breaks it!").doesNotContain("holds unless");
        assertThat(zh.verdict().headline()).endsWith("12.77 个月收回投资。注意：CRM 份额不足 0.395 即改变评级！")
                .doesNotContain("否则评级不变");
    }
}
