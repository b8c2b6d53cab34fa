package io.roiassay.engine.rules;

import io.roiassay.engine.facts.Finding;
import io.roiassay.engine.facts.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.roiassay.engine.rules.RulePackHarness.benefit;
import static io.roiassay.engine.rules.RulePackHarness.pluginBenefit;
import static io.roiassay.engine.rules.RulePackHarness.scenario;
import static org.assertj.core.api.Assertions.assertThat;

/** One verdict per case, graded on the adjusted ROI against the profile's thresholds; confidence only goes down. */
class RulePackVerdictTest {

    @ParameterizedTest
    @CsvSource({"525, strong", "100, strong", "99.99, positive", "20, positive", "0.01, positive", "0, marginal",
            "-0.01, marginal", "-10, marginal", "-10.01, negative", "-100, negative"})
    void grade_byAdjustedRoiAgainstDefaultThresholds(String roi, String grade) {
        var r = scenario().adjustedRoi(roi).run();
        assertThat(r.verdict().getGrade()).isEqualTo(grade);
        assertThat(r.verdict().getConfidence()).isEqualTo("high");
        assertThat(r.verdict().getRule().file()).isEqualTo("verdict/grades.drl");
        assertThat(r.verdict().getEn()).contains("{roiPercent}", "{npv}");
        assertThat(r.verdict().getZh()).contains("{roiPercent}");
        assertThat(r.trace()).filteredOn(t -> t.rule().startsWith("Grade ") || t.rule().startsWith("Unproven"))
                .hasSize(1);
    }

    @Test
    void unproven_whenAdjustedRoiUndefined() {
        Verdict v = scenario().adjustedRoi(null).run().verdict();
        assertThat(v.getGrade()).isEqualTo("unproven");
        assertThat(v.getRule().name()).isEqualTo("Unproven: adjusted ROI undefined");
    }

    @Test
    void unproven_whenNoBenefitsEvenWithPositiveRoi() {
        Verdict v = scenario().noBenefits().adjustedRoi("300").run().verdict();
        assertThat(v.getGrade()).isEqualTo("unproven");
        assertThat(v.getRule().name()).isEqualTo("Unproven: no benefits");
    }

    @Test
    void unproven_vendorBenchmarksWithTwoHiddenCostsMissing() {
        var r = scenario().noBenefits()
                .addBenefit(benefit("gross-profit", "vendor-benchmark", 1, 3, "900000", "300000", "300000"))
                .without("training").without("integration").adjustedRoi("300").run();
        assertThat(r.verdict().getGrade()).isEqualTo("unproven");
        assertThat(r.verdict().getRule().name()).isEqualTo("Unproven: vendor benchmarks with hidden costs missing");
        assertThat(r.verdict().getVariant()).isEqualTo("vendor-benchmarks");
    }

    @Test
    void unproven_vendorBenchmarksWithTwoHiddenCostsMissing_negativeEvenSo_saysSo() {
        // "whatever its adjusted ROI says" would play a clearly negative result down: the headline says that even
        // the vendor's benefits, once adjusted, do not pay
        var r = scenario().noBenefits()
                .addBenefit(benefit("gross-profit", "vendor-benchmark", 1, 3, "900000", "300000", "300000"))
                .without("training").without("integration").adjustedRoi("-40").run();
        assertThat(r.verdict().getGrade()).isEqualTo("unproven");
        assertThat(r.verdict().getRule().name())
                .isEqualTo("Unproven: vendor benchmarks with hidden costs missing, negative even so");
        assertThat(r.verdict().getVariant()).isEqualTo("vendor-benchmarks-negative");
        assertThat(r.verdict().getEn()).contains("so the case has not shown a return; even counting the vendor's benefits"
                + " (revenue converted to margin, the missing costs added), the adjusted NPV is {npv} {currency}"
                + " (adjusted discounted ROI {roiPercent}%).");
    }

    @Test
    void graded_vendorBenchmarksWithOnlyOneHiddenCostMissing() {
        var r = scenario().noBenefits()
                .addBenefit(benefit("gross-profit", "vendor-benchmark", 1, 3, "900000", "300000", "300000"))
                .without("training").adjustedRoi("300").run();
        assertThat(r.verdict().getGrade()).isEqualTo("strong");
        assertThat(r.verdict().getConfidence()).isEqualTo("low");
    }

    @Test
    void unproven_initiativesListedWithoutCrmShare() {
        var r = scenario().initiatives("新市场", "扩招销售人员").run();
        assertThat(r.verdict().getGrade()).isEqualTo("unproven");
        assertThat(r.verdict().getRule().name()).isEqualTo("Unproven: other initiatives ran and the CRM's share is not given");
        assertThat(r.finding("mistake/full-attribution").orElseThrow().getEn()).contains("sensitivity.breakEven");
    }

    @Test
    void graded_initiativesWithAShare_orOnlyControlledLines() {
        assertThat(scenario().initiatives("新市场").crmShare("0.6").run().verdict().getGrade()).isEqualTo("positive");
        var controlled = scenario().noBenefits().initiatives("新市场")
                .addBenefit(benefit("gross-profit", "controlled", 1, 3, "250000", "50000", "100000")).run();
        assertThat(controlled.verdict().getGrade()).isNotEqualTo("unproven");
    }

    @Test
    void unproven_fallbackWhenNoFiguresWereInserted() {
        Verdict v = scenario().noFigures().run().verdict();
        assertThat(v.getGrade()).isEqualTo("unproven");
        assertThat(v.getRule().name()).isEqualTo("Unproven: nothing to grade");
        assertThat(v.getConfidence()).isEqualTo("low");
    }

    @Test
    void confidence_highOnCleanMeasuredCase() {
        Verdict v = scenario().run().verdict();
        assertThat(v.getConfidence()).isEqualTo("high");
        assertThat(v.getConfidenceRule()).isNull();
    }

    @Test
    void confidence_notFromCountingFindings() {
        // two major findings on the claim (ROI reported as the benefit/cost ratio, revenue counted as benefit):
        // the errors are the claim's, the measured value behind the verdict is unchanged, so confidence stays high
        var r = scenario().claim("200", "1000000", "500000", "revenue", 12, false).run();
        assertThat(r.outcome().findings().stream().filter(Finding::isMajor).count()).isGreaterThanOrEqualTo(2);
        assertThat(r.verdict().getConfidence()).isEqualTo("high");
    }

    @Test
    void confidence_kpiLinesWithoutSourceCannotBeHigh() {
        // a KPI set that does not say its after-values are measured counts as a target
        Verdict v = scenario().noBenefits().addBenefit(pluginBenefit("sales", "deal-size", true)
                .describe("plugin:sales#deal-size", "target", "revenue-growth", "company")).run().verdict();
        assertThat(v.getConfidence()).isEqualTo("medium");
        assertThat(v.getConfidenceRule().name()).isEqualTo("Confidence medium: none of the value is observed");
        assertThat(v.getConfidenceRule().file()).isEqualTo("verdict/confidence.drl");
    }

    @Test
    void confidence_highWhenMostValueIsMeasuredOrControlled() {
        // 250 000 measured + 200 000 target: 0.5556 observed
        Verdict v = scenario().addBenefit(benefit("gross-profit", "estimated", 1, 3, "200000", "50000", "75000"))
                .run().verdict();
        assertThat(v.getConfidence()).isEqualTo("high");
        Verdict controlled = scenario().noBenefits()
                .addBenefit(benefit("gross-profit", "controlled", 1, 3, "250000", "50000", "100000")).run().verdict();
        assertThat(controlled.getConfidence()).isEqualTo("high");
    }

    @Test
    void confidence_mediumWhenLessThanHalfIsObserved_saysSo_notNone() {
        // 250 000 measured + 300 000 target: 0.4545 observed
        Verdict v = scenario().addBenefit(benefit("gross-profit", "estimated", 1, 3, "300000", "75000", "100000"))
                .run().verdict();
        assertThat(v.getConfidence()).isEqualTo("medium");
        assertThat(v.getConfidenceRule().name()).isEqualTo("Confidence medium: most of the value is not observed");
    }

    @Test
    void confidence_mediumWhenAQuarterOfBenefitsAreVendorBenchmarks() {
        // 250 000 measured + 100 000 vendor benchmark → share 0.2857
        Verdict v = scenario().addBenefit(benefit("gross-profit", "vendor-benchmark", 1, 3, "100000", "20000", "40000"))
                .run().verdict();
        assertThat(v.getConfidence()).isEqualTo("medium");
    }

    @Test
    void confidence_mediumWhenNoBenefitIsMeasured() {
        Verdict v = scenario().noBenefits().addBenefit(benefit("gross-profit", "estimated", 1, 3, "250000", "50000", "100000"))
                .run().verdict();
        assertThat(v.getConfidence()).isEqualTo("medium");
        assertThat(v.getConfidenceRule().name()).isEqualTo("Confidence medium: none of the value is observed");
    }

    @Test
    void confidence_mediumWhenEstimatesAreMoreThanAFifthOfCosts_highBelow() {
        // entered costs 720 000; estimate 150 000 → 0.1724 of 870 000; 200 000 → 0.2174 of 920 000
        assertThat(scenario().hiddenCostEstimate("150000").run().verdict().getConfidence()).isEqualTo("high");
        assertThat(scenario().hiddenCostEstimate("200000").run().verdict().getConfidence()).isEqualTo("medium");
    }

    @Test
    void confidence_mediumWhenAPluginFailed() {
        assertThat(scenario().issue("sales", "timeout", "ran past 5 s").run().verdict().getConfidence())
                .isEqualTo("medium");
    }

    @Test
    void exactlyOneVerdict_evenWhenEveryUnprovenConditionHolds() {
        var r = scenario().noBenefits().adjustedRoi(null).run();
        assertThat(r.verdict().getGrade()).isEqualTo("unproven");
        assertThat(r.trace()).filteredOn(t -> t.file().startsWith("verdict/grades") || t.file().startsWith("verdict/unproven"))
                .hasSize(1);
    }
}
