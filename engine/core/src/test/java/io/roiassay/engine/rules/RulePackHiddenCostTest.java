package io.roiassay.engine.rules;

import io.roiassay.engine.facts.Finding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;

import static io.roiassay.engine.rules.RulePackHarness.scenario;
import static org.assertj.core.api.Assertions.assertThat;

/** Each hidden-cost code fires exactly when the spec table says, and asks for an estimate of its category. */
class RulePackHiddenCostTest {

    @Test
    void cleanCase_noHiddenCost() {
        assertThat(scenario().run().codes()).noneMatch(c -> c.startsWith("hidden-cost/"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"training", "data-migration", "internal-staff"})
    void alwaysExpectedCategory_firesWhenMissing_evenForSmallCompanyOverOneYear(String category) {
        var r = scenario().without(category).employees(10).horizonYears(1).run();
        assertThat(r.codes()).containsExactly("hidden-cost/" + category);
        Finding f = r.finding("hidden-cost/" + category).orElseThrow();
        assertThat(f.getSeverity()).isEqualTo("warning");
        assertThat(f.getEstimateCategory()).isEqualTo(category);
        assertThat(f.getEvidence().get("costCategories")).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.collection(String.class)).doesNotContain(category);
        assertThat(f.getEvidence().get("base")).isEqualTo("software");
        assertThat(f.getEn()).contains("{estimate}");
        assertThat(f.getZh()).contains("{estimate}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"training", "data-migration", "internal-staff", "integration", "change-management",
            "maintenance"})
    void category_present_doesNotFire(String category) {
        assertThat(scenario().employees(5000).horizonYears(5).run().codes()).doesNotContain("hidden-cost/" + category);
    }

    @ParameterizedTest
    @ValueSource(strings = {"integration", "change-management"})
    void sizeDependentCategory_firesForMidSize(String category) {
        var r = scenario().without(category).employees(100).run();
        assertThat(r.codes()).containsExactly("hidden-cost/" + category);
        assertThat(r.finding("hidden-cost/" + category).orElseThrow().getEvidence()).containsEntry("segment", "mid-size");
        assertThat(r.finding("hidden-cost/" + category).orElseThrow().getEstimateCategory()).isEqualTo(category);
    }

    @ParameterizedTest
    @ValueSource(strings = {"integration", "change-management"})
    void sizeDependentCategory_firesForLarge(String category) {
        var r = scenario().without(category).employees(1000).annualRevenue("500000000").run();
        assertThat(r.codes()).containsExactly("hidden-cost/" + category);
        assertThat(r.finding("hidden-cost/" + category).orElseThrow().getEvidence()).containsEntry("segment", "large");
    }

    @ParameterizedTest
    @ValueSource(strings = {"integration", "change-management"})
    void sizeDependentCategory_notForSmall(String category) {
        // a CNY retailer with 49 staff is small (零售业: medium from 50); in USD, 99 employees is small
        assertThat(scenario().without(category).employees(49).run().codes()).doesNotContain("hidden-cost/" + category);
        assertThat(scenario().currency("USD").without(category).employees(99).run().codes())
                .doesNotContain("hidden-cost/" + category);
    }

    @Test
    void sizeUnknown_noSizeDrivenEstimate_andADataFindingAsksForIt() {
        var r = scenario().without("integration").without("change-management").employees(null).run();
        assertThat(r.codes()).doesNotContain("hidden-cost/integration", "hidden-cost/change-management")
                .contains("data/missing-size");
        assertThat(r.profile().getSegment()).isEqualTo("unknown");
        Finding f = r.finding("data/missing-size").orElseThrow();
        assertThat(f.getVariant()).isNull();
        assertThat(f.getSeverity()).isEqualTo("warning");
        assertThat(f.getEvidence()).containsEntry("categories", List.of("integration", "change-management"));
        assertThat(f.getEn()).endsWith("The size-driven costs no line enters or includes ({categories}) are not estimated"
                + " until it is, so the costs may be incomplete.");
    }

    @Test
    void sizeUnknown_namesOnlyTheSizeDrivenCostsTheCaseLacks() {
        // the change-management line is there, and an implementation line that includes integration covers it:
        // nothing is missing, so the finding says no estimate waits on the size
        assertThat(scenario().without("integration").employees(null).run().finding("data/missing-size").orElseThrow()
                .getEvidence()).containsEntry("categories", List.of("integration"));
        Finding covered = scenario().without("integration").includes("integration").employees(null).run()
                .finding("data/missing-size").orElseThrow();
        assertThat(covered.getVariant()).isEqualTo("costs-covered");
        assertThat(covered.getSeverity()).isEqualTo("info");
        assertThat(covered.getEvidence()).doesNotContainKey("categories");
        assertThat(covered.getEn()).endsWith("are already entered or included in a cost line, so no estimate waits on it.");
    }

    @Test
    void sizeUnknown_allIn_saysAnAllInPriceIsNotEstimatedAnyway() {
        var r = scenario().allIn().without("integration").without("change-management").employees(null).run();
        assertThat(r.codes()).containsOnlyOnce("data/missing-size").doesNotContain("data/confirm-included");
        Finding f = r.finding("data/missing-size").orElseThrow();
        assertThat(f.getVariant()).isEqualTo("all-in");
        assertThat(f.getSeverity()).isEqualTo("info");
        assertThat(f.getEvidence()).containsEntry("categories", List.of("integration", "change-management"));
    }

    @Test
    void cnyStaffOnly_atOrAboveTheMediumBound_sizeUnknown_notMidSize_noSizeDrivenEstimate() {
        // seed 000: 150 e-commerce staff, no revenue: 中型 needs 50 staff AND 5 M revenue, so the tier is unknown
        var r = scenario().industry("电商").without("integration").without("change-management").employees(150)
                .annualRevenue(null).run();
        assertThat(r.codes()).containsExactly("data/missing-size");
        assertThat(r.profile().getSegment()).isEqualTo("unknown");
    }

    @Test
    void allIn_noHiddenCostFinding_theCategoryToConfirmIsADataInfo() {
        // spec: hidden-cost/* never fire on an all-in total; its missing categories are listed to confirm
        var r = scenario().allIn().without("training").run();
        assertThat(r.codes()).noneMatch(c -> c.startsWith("hidden-cost/"));
        Finding f = r.finding("data/confirm-included").orElseThrow();
        assertThat(f.getSeverity()).isEqualTo("info");
        assertThat(f.getEstimateCategory()).isNull();
        assertThat(f.getEn()).isEqualTo("The costs are an all-in total (costCoverage: all-in) and no line is or includes"
                + " training, so nothing is estimated: confirm that training is included.");
        assertThat(f.getEvidence()).containsEntry("costCoverage", "all-in");
    }

    @Test
    void noSoftwareBase_itemized_confirmIncludedIsStillAHiddenCostInfo() {
        var r = scenario().without("training").without("subscription").run();
        Finding f = r.finding("hidden-cost/training").orElseThrow();
        assertThat(f.getSeverity()).isEqualTo("info");
        assertThat(f.getEstimateCategory()).isNull();
        assertThat(f.getEn()).startsWith("No training cost line was entered and no line says it includes it. No licence"
                + " or subscription was entered to estimate it from");
    }

    @Test
    void includes_aLineThatCoversTheCategory_stopsTheEstimate() {
        // an implementation fee that includes training and data migration (seed 003's 实施费用)
        var r = scenario().without("training").without("data-migration").includes("training", "data-migration").run();
        assertThat(r.codes()).doesNotContain("hidden-cost/training", "hidden-cost/data-migration");
    }

    @Test
    void noSoftwareBase_noEstimate_confirmIncludedInstead() {
        // no licence or subscription: never a share of total cost
        var r = scenario().without("subscription").without("training").run();
        Finding f = r.finding("hidden-cost/training").orElseThrow();
        assertThat(f.getSeverity()).isEqualTo("info");
        assertThat(f.getEstimateCategory()).isNull();
        assertThat(r.outcome().findings()).filteredOn(x -> x.getEstimateCategory() != null).isEmpty();
    }

    @Test
    void maintenance_firesOverTwoYears() {
        var r = scenario().without("maintenance").horizonYears(2).run();
        assertThat(r.codes()).containsExactly("hidden-cost/maintenance");
        Finding f = r.finding("hidden-cost/maintenance").orElseThrow();
        assertThat(f.getEvidence()).containsEntry("horizonYears", 2).containsEntry("deployment", "saas");
        assertThat(f.getEstimateCategory()).isEqualTo("maintenance");
    }

    @Test
    void maintenance_notOverOneYear() {
        assertThat(scenario().without("maintenance").horizonYears(1).run().codes())
                .doesNotContain("hidden-cost/maintenance");
    }

    @ParameterizedTest
    @ValueSource(strings = {"on-premise", "hybrid"})
    void infrastructure_firesForSelfHostedWithoutServers(String deployment) {
        var r = scenario().deployment(deployment).run();
        assertThat(r.codes()).containsExactly("hidden-cost/infrastructure");
        Finding f = r.finding("hidden-cost/infrastructure").orElseThrow();
        assertThat(f.getEvidence()).containsEntry("deployment", deployment);
        assertThat(f.getEstimateCategory()).isEqualTo("infrastructure");
    }

    @Test
    void infrastructure_notForSaas() {
        assertThat(scenario().deployment("saas").run().codes()).doesNotContain("hidden-cost/infrastructure");
        assertThat(scenario().deployment(null).run().codes()).doesNotContain("hidden-cost/infrastructure");
    }

    @Test
    void infrastructure_notWhenServersEntered() {
        assertThat(scenario().deployment("on-premise").onceCost("infrastructure", "80000").run().codes())
                .doesNotContain("hidden-cost/infrastructure");
    }

    @Test
    void seed004_quotedPriceOnly_flagsEveryMissingCategoryOnce() {
        // Seed 004: a 300k purchase entered alone, on-premise, for a mid-size company over three years.
        var r = scenario().noCosts().deployment("on-premise").onceCost("license", "300000").run();
        assertThat(r.codes()).filteredOn(c -> c.startsWith("hidden-cost/")).containsExactlyInAnyOrder(
                "hidden-cost/training", "hidden-cost/data-migration", "hidden-cost/integration",
                "hidden-cost/maintenance", "hidden-cost/change-management", "hidden-cost/internal-staff",
                "hidden-cost/infrastructure");
        assertThat(r.outcome().findings()).filteredOn(f -> f.getFamily().equals("hidden-cost"))
                .extracting(Finding::getEstimateCategory).doesNotHaveDuplicates().hasSize(7);
        assertThat(r.finding("hidden-cost/maintenance").orElseThrow().getEvidence().get("costCategories"))
                .isEqualTo(Set.of("license"));
    }
}
