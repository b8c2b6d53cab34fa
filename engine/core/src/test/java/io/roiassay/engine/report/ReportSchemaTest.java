package io.roiassay.engine.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.roiassay.engine.Examples;
import io.roiassay.engine.assess.AssessOptions;
import io.roiassay.engine.caseio.CaseReader;
import io.roiassay.engine.model.Case;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published report schema ({@code roi-assay/schema/report-1.schema.json}) against what the engine writes:
 * every shipped example's report, with draws and an embedded case, in both languages, and the reports whose
 * figures are undefined (no cost, no benefit) validate; a report that breaks the contract does not. Its objects
 * are closed, so a key the writer gains without the schema fails here.
 */
class ReportSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Schema SCHEMA = load();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"acme-retail", "seed-000-benefit-1m-cost-500k", "seed-001-gross-profit-525",
            "seed-001-new-profit-1000", "seed-004-first-year-tco", "tcm-pharma-service", "vendor-claim-audit"})
    void everyExample_withDrawsAndEmbeddedCase_inBothLanguages_validates(String name) throws Exception {
        Case theCase = Examples.read(name + ".yaml");
        for (String lang : List.of("en", "zh-CN")) {
            Report report = Examples.assay().engine().assess(theCase, lang, new AssessOptions(1_000, 7))
                    .withEmbeddedCase(theCase);
            JsonNode json = JSON.readTree(JsonReportWriter.pretty(report));
            assertThat(json.get("uncertainty").isObject()).isTrue();
            assertThat(json.get("provenance").has("case")).isTrue();
            assertThat(errors(json)).as(name + " " + lang).isEmpty();
        }
    }

    @Test
    void everyExample_asBatchWritesIt_noDraws_validates() throws Exception {
        for (String name : List.of("acme-retail", "vendor-claim-audit", "seed-004-first-year-tco")) {
            Report report = Examples.assay().engine().assess(Examples.read(name + ".yaml"));
            JsonNode json = JSON.readTree(JsonReportWriter.compactLine(report));
            assertThat(json.get("uncertainty").isNull()).isTrue();
            assertThat(errors(json)).as(name).isEmpty();
        }
    }

    @Test
    void undefinedFigures_nullRoi_unprovenDraws_seats_validate() throws Exception {
        // no cost to measure against: ROI, simple ROI and the claim's ratio are null, draws are graded unproven
        Case noCost = new CaseReader().read("""
                format: roi-assay/case-1
                id: zero-cost
                currency: JPY
                company: { industry: retail, employees: 10 }
                deployment: { model: saas, licensedUsers: 20, activeUsers: 5 }
                horizon: { years: 2 }
                costs:
                  - { category: consulting, amount: 0 }
                claim: { roiPercent: 100, totalBenefit: 0, totalCost: 0 }
                """, "zero-cost.yaml", false);
        JsonNode json = JSON.readTree(JsonReportWriter.pretty(
                Examples.assay().engine().assess(noCost, "en", new AssessOptions(500, 1))));
        assertThat(json.at("/financials/adjusted/roiPercent").isNull()).isTrue();
        assertThat(json.at("/claimCheck/benefitCostRatioPercent").isNull()).isTrue();
        assertThat(json.at("/financials/tco/seats/unusedSeats").intValue()).isEqualTo(15);
        assertThat(json.at("/uncertainty/grades/unproven").decimalValue()).isEqualByComparingTo("1");
        assertThat(errors(json)).isEmpty();
    }

    @Test
    void brokenReports_areRefused_atTheFieldThatBreaksTheContract() throws Exception {
        ObjectNode good = (ObjectNode) JSON.readTree(JsonReportWriter.pretty(
                Examples.assay().engine().assess(Examples.read("acme-retail.yaml"))));
        assertThat(errors(good)).isEmpty();

        ObjectNode bad = good.deepCopy();
        ((ObjectNode) bad.get("verdict")).put("grade", "excellent");
        ((ObjectNode) bad.at("/financials/adjusted")).put("npv", "-399657.26");
        ((ObjectNode) bad.at("/findings/0")).put("code", "hidden/training");
        ((ObjectNode) bad.get("provenance")).put("inputHash", "md5:abc");
        bad.remove("trace");
        bad.put("score", 7);
        assertThat(errors(bad)).extracting(e -> e.getInstanceLocation() + " " + e.getKeyword())
                .containsExactlyInAnyOrder("/verdict/grade enum", "/financials/adjusted/npv type",
                        "/findings/0/code pattern", "/provenance/inputHash pattern", " required",
                        " additionalProperties");
    }

    private static List<Error> errors(JsonNode report) {
        return SCHEMA.validate(report);
    }

    private static Schema load() {
        try (InputStream in = ReportSchemaTest.class.getClassLoader()
                .getResourceAsStream("roi-assay/schema/report-1.schema.json")) {
            assertThat(in).as("report schema on the class path").isNotNull();
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
