package io.roiassay.engine.assess;

import com.fasterxml.jackson.databind.JsonNode;
import io.roiassay.engine.Examples;
import io.roiassay.engine.caseio.CaseReader;
import io.roiassay.engine.model.Case;
import io.roiassay.engine.report.JsonReportWriter;
import io.roiassay.engine.report.Report;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/** The report's {@code sensitivity} and {@code uncertainty} blocks, assessed on the shipped examples. */
class UncertaintyReportTest {

    private static Report assess(Case c, AssessOptions options) {
        return Examples.assay().engine().assess(c, null, options);
    }

    private static Case withBlock(String example, String block) throws Exception {
        String yaml = Files.readString(Examples.dir().resolve(example)) + "\n" + block;
        return new CaseReader().read(yaml, example, false);
    }

    @Test
    void sameSeed_givesTheSameBytes() throws Exception {
        Case c = Examples.read("tcm-pharma-service.yaml");

        String a = JsonReportWriter.pretty(assess(c, AssessOptions.DEFAULT));
        String b = JsonReportWriter.pretty(assess(c, AssessOptions.DEFAULT));

        assertThat(b).isEqualTo(a);
        assertThat(JsonReportWriter.pretty(assess(c, new AssessOptions(10_000, 2)))).isNotEqualTo(a);
    }

    @Test
    void noDraws_leavesUncertaintyOut_butKeepsSensitivity() throws Exception {
        Report r = assess(Examples.read("tcm-pharma-service.yaml"), AssessOptions.NO_DRAWS);

        assertThat(r.uncertainty()).isNull();
        assertThat(r.sensitivity().tornado()).isNotEmpty();
        // tcm-pharma: −NPV ÷ PV(adjusted benefits) = −1,508,601.88 ÷ 3,707,945.23 = −40.69 %: the adjusted
        // benefits may fall by 40.69 % before NPV is 0
        assertThat(r.sensitivity().benefitTolerancePercent()).isEqualByComparingTo("-40.69");
    }

    @Test
    void degenerateCaseRanges_giveEveryPercentileEqualToThePointRoi() throws Exception {
        Case c = withBlock("tcm-pharma-service.yaml", "uncertainty:\n  crmShare: [0.7, 0.7, 0.7]\n"
                + "  costScale: [1, 1, 1]\n");
        Report r = assess(c, new AssessOptions(2_000, 5));
        BigDecimal point = r.financials().adjusted().roiPercent();

        assertThat(r.uncertainty().roiPercent().p10()).isEqualByComparingTo(point);
        assertThat(r.uncertainty().roiPercent().p50()).isEqualByComparingTo(point);
        assertThat(r.uncertainty().roiPercent().p90()).isEqualByComparingTo(point);
        assertThat(r.uncertainty().npv().p50()).isEqualByComparingTo(r.financials().adjusted().npv());
        assertThat(r.uncertainty().ranges()).containsOnlyKeys("crmShare", "costScale");
    }

    @Test
    void caseBlock_replacesTheProfileDefaults_onlyListedDriversVary() throws Exception {
        Case c = withBlock("tcm-pharma-service.yaml", "uncertainty:\n  discountRate: [0.06, 0.10, 0.15]\n");
        Report r = assess(c, new AssessOptions(1_000, 1));

        assertThat(r.uncertainty().ranges()).containsOnlyKeys("discountRate");
        assertThat(r.sensitivity().tornado()).extracting(b -> b.driver()).containsExactly("discountRate");
    }

    @Test
    void gradeShares_sumToExactlyOne_inBandOrder() throws Exception {
        Report r = assess(Examples.read("tcm-pharma-service.yaml"), new AssessOptions(3_000, 11));

        assertThat(r.uncertainty().grades().keySet()).containsExactly("strong", "positive", "marginal", "negative");
        assertThat(r.uncertainty().grades().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("1");
    }

    @Test
    void json_putsTheNewBlocksAfterFinancials_inTheSpecsKeyOrder() throws Exception {
        JsonNode tree = JsonReportWriter.mapper().readTree(JsonReportWriter.pretty(
                assess(Examples.read("tcm-pharma-service.yaml"), new AssessOptions(500, 1))));

        assertThat(fields(tree)).containsSubsequence("financials", "sensitivity", "uncertainty", "benefitLines");
        assertThat(fields(tree.get("sensitivity"))).containsExactly("benefitTolerancePercent", "breakEven", "tornado");
        assertThat(fields(tree.get("uncertainty"))).containsExactly("draws", "seed", "ranges", "roiPercent", "npv",
                "probabilityNpvBelowZero", "grades");
        assertThat(fields(tree.at("/sensitivity/tornado/0"))).startsWith("driver", "low", "high", "roiLow", "roiHigh",
                "gradeLow", "gradeHigh");
        assertThat(fields(tree.at("/sensitivity/breakEven/0"))).containsExactly("driver", "current", "value");
    }

    private static java.util.List<String> fields(JsonNode node) {
        java.util.List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void wideSpread_lowersTheConfidence_onlyWhenDrawn() throws Exception {
        // acme-retail is negative with high confidence at its point figures. Its ROI reaches the marginal band
        // (−10 %) at benefitScale 0.9 × PV(costs) ÷ PV(benefits) = 0.9 × 599,910.52 ÷ 200,253.26 = 2.6962; with
        // benefitScale triangular(1, 1, 8) the draws stay negative with probability 1 − ((8 − 2.6962) ÷ 7)² = 0.426.
        // NPV is 0 at 599,910.52 ÷ 200,253.26 = 2.9958, so it is above 0 with probability ((8 − 2.9958) ÷ 7)² = 0.511:
        // more than a third of the draws disagree with the negative verdict's sign, which makes it low.
        Case c = withBlock("acme-retail.yaml", "uncertainty:\n  benefitScale: [1, 1, 8]\n");

        Report drawn = assess(c, new AssessOptions(5_000, 1));
        Report point = assess(c, AssessOptions.NO_DRAWS);

        assertThat(drawn.uncertainty().grades().get("negative")).isBetween(new BigDecimal("0.40"), new BigDecimal("0.45"));
        assertThat(drawn.uncertainty().probabilityNpvBelowZero()).isBetween(new BigDecimal("0.47"), new BigDecimal("0.51"));
        assertThat(drawn.verdict().confidence()).isEqualTo("low");
        assertThat(drawn.verdict().confidenceRule().name()).isEqualTo("Confidence low: NPV above zero in a third of the draws");
        assertThat(point.verdict().confidence()).isEqualTo("high");
        // below 1,000 draws the spread is too rough an estimate to move the confidence
        assertThat(assess(c, new AssessOptions(999, 1)).verdict().confidence()).isEqualTo("high");
        assertThat(assess(c, new AssessOptions(1, 3)).verdict().confidence()).isEqualTo("high");
    }

    @Test
    void noCost_undefinedRoi_isGradedAsTheVerdictGradesIt_notNegative() throws Exception {
        // no cost, so every draw's ROI is undefined: the draws and the tornado ends get the grade the verdict rules
        // give an undefined ROI (verdict.gradeRoiUndefined: unproven), not the grade below every band (negative)
        Case c = new CaseReader().read("""
                format: roi-assay/case-1
                id: zerocost
                currency: CNY
                company: { industry: retail, employees: 50, annualRevenue: 10000000, grossMarginRate: 0.3 }
                costCoverage: all-in
                costs: []
                benefits:
                  - { id: gp, basis: gross-profit, amount: 60000, recurrence: annual, source: estimated }
                """, "zerocost.yaml", false);

        Report drawn = assess(c, new AssessOptions(2_000, 1));

        assertThat(drawn.verdict().grade()).isEqualTo("unproven");
        assertThat(drawn.uncertainty().probabilityNpvBelowZero()).isEqualByComparingTo("0");
        assertThat(drawn.uncertainty().grades()).containsExactly(java.util.Map.entry("strong", BigDecimal.ZERO),
                java.util.Map.entry("positive", BigDecimal.ZERO), java.util.Map.entry("marginal", BigDecimal.ZERO),
                java.util.Map.entry("negative", BigDecimal.ZERO), java.util.Map.entry("unproven", BigDecimal.ONE));
        assertThat(drawn.sensitivity().tornado()).isNotEmpty().allSatisfy(b -> {
            assertThat(b.gradeLow()).isEqualTo("unproven");
            assertThat(b.gradeHigh()).isEqualTo("unproven");
            assertThat(b.gradeChangesAt()).isNull();
        });
        // a case with costs has no unproven share at all
        assertThat(assess(Examples.read("acme-retail.yaml"), AssessOptions.DEFAULT).uncertainty().grades())
                .containsOnlyKeys("strong", "positive", "marginal", "negative");
    }

    @Test
    void aCaseRangeThatLeavesOutTheCasesOwnValue_isAWarningNamingBoth() throws Exception {
        // tcm-pharma credits 0.7 of its gains to the CRM; a range of 0.1–0.3 draws another case
        Case c = withBlock("tcm-pharma-service.yaml", "uncertainty:\n  crmShare: [0.1, 0.2, 0.3]\n");

        Report r = assess(c, new AssessOptions(1_000, 1));

        assertThat(r.findings()).filteredOn(f -> f.code().equals("data/range-excludes-case-value")).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo("warning");
                    assertThat(f.evidence()).containsEntry("driver", "crmShare");
                    assertThat(f.message()).contains("区间为 0.1 至 0.3（最可能值 0.2），而案例自身的取值为 0.7");
                });
        assertThat(r.findings()).noneMatch(f -> f.code().equals("data/range-not-applied"));
    }

    @Test
    void headline_namesTheDriverWhoseRangeReachesAWorseGrade() throws Exception {
        Report r = Examples.assay().engine().assess(Examples.seed004WithWideShare(), "en", AssessOptions.NO_DRAWS);

        // strong (ROI ≥ 100 %) at crmShare 0.5; the case's range goes down to 0.25. Every benefit is attributed,
        // so ROI = 100 % where PV(benefits) × share ÷ 0.5 = 2 × PV(costs):
        // share = 0.5 × 2 × 831,947.78 ÷ 2,654,576.71 = 0.3134
        assertThat(r.verdict().headline()).endsWith(" The grade changes if the CRM's share of the gain is below 31.34%: of the drivers that"
                + " can change it within their ranges, this one moves ROI the most.");
        assertThat(r.sensitivity().tornado()).anySatisfy(b -> {
            assertThat(b.driver()).isEqualTo("crmShare");
            assertThat(b.gradeChangesAt()).isEqualByComparingTo("0.3134");
        });
    }

    @Test
    void aCaseRangeForADriverNoLineDependsOn_isLeftOut_notDrawnAsAFlatBar() throws Exception {
        // seed-004's benefits are company-level: adoption caps none of them
        Case c = withBlock("seed-004-first-year-tco.yaml", "uncertainty:\n  adoptionRate: [0.4, 0.65, 0.9]\n"
                + "  crmShare: [0.4, 0.5, 0.6]\n");

        Report r = assess(c, new AssessOptions(1_000, 1));

        assertThat(r.uncertainty().ranges()).containsOnlyKeys("crmShare");
        assertThat(r.sensitivity().tornado()).extracting(b -> b.driver()).containsExactly("crmShare");
    }

    @Test
    void headline_namesNoDriver_whenNoRangeReachesAnotherGrade() throws Exception {
        // the default crmShare range of seed-004 goes down to 0.35, above 0.3134: the grade holds over it
        Report r = Examples.assay().engine().assess(Examples.read("seed-004-first-year-tco.yaml"), "en",
                AssessOptions.NO_DRAWS);

        assertThat(r.verdict().grade()).isEqualTo("strong");
        assertThat(r.verdict().headline()).doesNotContain("The grade changes if");
        assertThat(r.sensitivity().tornado()).allSatisfy(b -> assertThat(b.gradeChangesAt()).isNull());
    }

    @Test
    void aScalesBreakEven_reproducesThroughAOneValueRange() throws Exception {
        // a scale has no case field: a one-value range at the break-even makes every draw take it. acme-retail's
        // costScale break-even is ×0.2044 (hidden-cost estimates held); rounded to 4 places, so NPV comes within
        // 0.00005 × PV(costs other than estimates) of 0 — well under 50 CNY (7.11 when measured)
        BigDecimal at = assess(Examples.read("acme-retail.yaml"), AssessOptions.NO_DRAWS).sensitivity().breakEven().stream()
                .filter(b -> b.driver().equals("costScale")).findFirst().orElseThrow().value();
        assertThat(at).isEqualByComparingTo("0.2044");

        Report r = assess(withBlock("acme-retail.yaml", "uncertainty:\n  costScale: [" + at + ", " + at + ", " + at + "]\n"),
                new AssessOptions(1_000, 1));

        assertThat(r.uncertainty().npv().p10()).isEqualByComparingTo(r.uncertainty().npv().p90());
        assertThat(r.uncertainty().npv().p50().abs()).isLessThan(new BigDecimal("50"));
    }
}
