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
        // tcm-pharma: adjusted benefits may fall by 47.41 % before NPV is 0
        assertThat(r.sensitivity().benefitTolerancePercent()).isEqualByComparingTo("-47.41");
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
}
