package io.roiassay.engine.rules;

import io.roiassay.engine.facts.BenefitFact;
import io.roiassay.engine.facts.Finding;
import org.junit.jupiter.api.Test;

import static io.roiassay.engine.rules.RulePackHarness.benefit;
import static io.roiassay.engine.rules.RulePackHarness.dec;
import static io.roiassay.engine.rules.RulePackHarness.pluginBenefit;
import static io.roiassay.engine.rules.RulePackHarness.scenario;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * mistake/full-adoption-assumed fires whenever actual use is below the profile's threshold, in the one of its
 * three texts that is true of the case's benefit lines (rules/mistakes/full-adoption-assumed.drl).
 */
class RulePackAdoptionTest {

    // full-adoption-assumed (default threshold 0.70)

    @Test
    void fullAdoptionAssumed_belowThreshold() {
        var r = scenario().users(60, 38).run();
        Finding f = r.finding("mistake/full-adoption-assumed").orElseThrow();
        assertThat(f.getEvidence()).containsEntry("adoptionRate", dec("0.6333"))
                .containsEntry("adoptionThreshold", dec("0.70"));
    }

    @Test
    void fullAdoptionAssumed_observedBenefitsOnly_saysTheyAlreadyReflectUse_aPerUserTargetKeepsTheGeneralText() {
        // the default scenario's benefit is measured: the figures already contain the 63.33 % use
        Finding observed = scenario().users(60, 38).run().finding("mistake/full-adoption-assumed").orElseThrow();
        assertThat(observed.getEn()).contains("already reflect that use").doesNotContain("assume everyone");
        assertThat(observed.getRule().name()).isEqualTo("Low use beside observed benefits");

        // time saved is counted per user: the projection assumes every licensed user saves that time
        Finding planned = scenario().users(60, 38).addBenefit(benefit("time-saved", "target", 1, 3, "300000", "100000", "100000"))
                .run().finding("mistake/full-adoption-assumed").orElseThrow();
        assertThat(planned.getEn()).endsWith("yet benefits projected per user assume everyone uses the CRM; the adjusted"
                + " figures cap them at actual use.");
        assertThat(planned.getRule().name()).isEqualTo("Full adoption assumed while use is low");
    }

    @Test
    void fullAdoptionAssumed_companyLevelTargetsOnly_saysAdoptionDoesNotScaleThem() {
        Finding company = scenario().users(60, 38).addBenefit(benefit("cost-saving", "target", 1, 3, "300000", "100000", "100000"))
                .run().finding("mistake/full-adoption-assumed").orElseThrow();
        assertThat(company.getEn()).contains("company-level figures").contains("adoption does not scale them")
                .doesNotContain("assume everyone");
        // the three texts are exclusive: one finding per case
        assertThat(scenario().users(60, 38).addBenefit(benefit("cost-saving", "target", 1, 3, "300000", "100000", "100000"))
                .run().codes()).containsOnlyOnce("mistake/full-adoption-assumed");
        assertThat(company.getRule().name()).isEqualTo("Low use beside company-level projections");
        assertThat(company.getEvidence()).containsEntry("adoptionRate", dec("0.6333"));
    }

    @Test
    void fullAdoptionAssumed_theOnlyProjectionDropped_restMeasured_saysTheFiguresReflectUse() {
        // the default benefit is measured; a projected time line dropped as a double count leaves only it
        BenefitFact sales = pluginBenefit("sales", "deal-volume", true);
        BenefitFact time = pluginBenefit("sales", "rep-time-saved", false).describe("plugin:sales#rep-time-saved",
                "target", "time-saved", "per-user");
        var r = scenario().noBenefits().users(60, 38).addBenefit(sales).addBenefit(time).run();

        assertThat(r.codes()).contains("mistake/double-counting");
        assertThat(r.finding("mistake/full-adoption-assumed").orElseThrow().getRule().name())
                .isEqualTo("Low use beside observed benefits");
    }

    @Test
    void fullAdoptionAssumed_noBenefitLineAtAll_stillRaised_asTheSpecSaysForAnyUseBelowTheThreshold() {
        var r = scenario().noBenefits().users(60, 38).run();

        assertThat(r.finding("mistake/full-adoption-assumed").orElseThrow().getRule().name())
                .isEqualTo("Full adoption assumed while use is low");
    }

    @Test
    void fullAdoptionAssumed_aPerUserLineDroppedAsADoubleCount_doesNotCount() {
        // the sales plugin's time line beside its sales lines is dropped (mistakes/double-counting.drl): what is
        // left is company-level, so the finding says adoption does not scale it
        BenefitFact sales = pluginBenefit("sales", "deal-volume", true).describe("plugin:sales#deal-volume", "target",
                "revenue-growth", "company");
        BenefitFact time = pluginBenefit("sales", "rep-time-saved", false).describe("plugin:sales#rep-time-saved",
                "target", "time-saved", "per-user");
        var r = scenario().noBenefits().users(60, 38).addBenefit(sales).addBenefit(time).run();
        assertThat(r.codes()).contains("mistake/double-counting");
        assertThat(r.finding("mistake/full-adoption-assumed").orElseThrow().getRule().name())
                .isEqualTo("Low use beside company-level projections");
    }

    @Test
    void fullAdoptionAssumed_notAtThresholdOrWithoutUserCounts() {
        assertThat(scenario().users(100, 70).run().codes()).doesNotContain("mistake/full-adoption-assumed");
        assertThat(scenario().users(60, null).run().codes()).doesNotContain("mistake/full-adoption-assumed");
        assertThat(scenario().users(0, 0).run().codes()).doesNotContain("mistake/full-adoption-assumed");
    }
}
