package io.roiassay.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/** The two routes the workbench form needs beyond assessing: normalize a case, and the profile's assumptions. */
class CaseFormApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode normalize(String contentType, String body) throws Exception {
        HttpResponse<byte[]> r = TestServer.post("/api/v1/cases/normalize", contentType, body);
        assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        return JSON.readTree(r.body());
    }

    @Test
    void aYamlCaseComesBackAsCanonicalJsonWithAliasesResolvedAndEverySecondWaveFieldKept() throws Exception {
        String yaml = """
                format: roi-assay/case-1
                id: form-case
                currency: CNY
                costCoverage: 总包
                riskAdjusted: true
                company: { industry: 零售, employees: 320 }
                costs:
                  - category: 实施
                    amount: 150000
                    includes: [数据迁移, training]
                  - category: subscription
                    amount: 120000
                    recurrence: 每年
                    timing: advance
                  - category: other
                    schedule: [1000, 0.50, 0]
                benefits:
                  - basis: 毛利
                    amount: 75000
                    recurrence: annual
                    source: controlled
                    measuredAt: 2025-06
                kpis:
                  sales: { source: measured, measuredAt: 2025-06-30, before: { closedDeals: 200 }, after: { closedDeals: 230 } }
                claim: { roiPercent: 525, totalBenefit: 75000, totalCost: 12000, benefitBasis: 净利润, months: 12, discounted: false }
                assumptions: { loadedHourlyCost: 120, rampUp: [0.5, 1.0], values: { customerAnnualValue: 1800 } }
                uncertainty: { crmShare: [0.4, 0.6, 0.8] }
                """;

        JsonNode c = normalize("application/yaml", yaml);

        assertThat(c.get("costCoverage").asText()).isEqualTo("all-in");
        assertThat(c.get("riskAdjusted").asBoolean()).isTrue();
        assertThat(c.at("/costs/0/category").asText()).isEqualTo("implementation");
        assertThat(c.at("/costs/0/includes").toString()).isEqualTo("[\"data-migration\",\"training\"]");
        assertThat(c.at("/costs/1/recurrence").asText()).isEqualTo("annual");
        assertThat(c.at("/costs/1/timing").asText()).isEqualTo("advance");
        assertThat(c.at("/costs/2/schedule").toString()).isEqualTo("[1000,0.5,0]");
        assertThat(c.at("/benefits/0/basis").asText()).isEqualTo("gross-profit");
        assertThat(c.at("/benefits/0/source").asText()).isEqualTo("controlled");
        assertThat(c.at("/benefits/0/measuredAt").asText()).isEqualTo("2025-06");
        assertThat(c.at("/kpis/sales/source").asText()).isEqualTo("measured");
        assertThat(c.at("/kpis/sales/after/closedDeals").asInt()).isEqualTo(230);
        assertThat(c.at("/claim/benefitBasis").asText()).isEqualTo("net-profit");
        assertThat(c.at("/claim/roiPercent").asInt()).isEqualTo(525);
        assertThat(c.at("/claim/discounted").isBoolean()).isTrue();
        assertThat(c.at("/assumptions/rampUp").toString()).isEqualTo("[0.5,1.0]");
        assertThat(c.at("/assumptions/values/customerAnnualValue").asInt()).isEqualTo(1800);
        assertThat(c.at("/uncertainty/crmShare").toString()).isEqualTo("[0.4,0.6,0.8]");
        // The industry text is kept as written: the profile rules classify it.
        assertThat(c.at("/company/industry").asText()).isEqualTo("零售");
    }

    @Test
    void theSameCaseAsYamlAndAsJsonNormalizesToTheSameText() throws Exception {
        String yaml = Files.readString(TestServer.examples().resolve("acme-retail.yaml"));
        String fromYaml = new String(TestServer.post("/api/v1/cases/normalize", "application/yaml", yaml).body(), StandardCharsets.UTF_8);

        String fromJson = new String(TestServer.post("/api/v1/cases/normalize", "application/json", fromYaml).body(), StandardCharsets.UTF_8);

        assertThat(fromJson).isEqualTo(fromYaml);
        assertThat(JSON.readTree(fromYaml).at("/costs/2/category").asText()).isEqualTo("training");
    }

    @Test
    void anInvalidCaseIs422WithEveryErrorAndItsLine() throws Exception {
        String yaml = "format: roi-assay/case-1\nid: bad\ncurrency: CNY\ncompany: { industry: retail }\n"
                + "costs:\n  - category: implementation\n    amount: -1\n    includes: [trainning]\n";

        HttpResponse<byte[]> r = TestServer.post("/api/v1/cases/normalize", "application/yaml", yaml);

        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.headers().firstValue("Content-Type")).hasValue(Problem.MEDIA_TYPE);
        JsonNode errors = JSON.readTree(r.body()).get("errors");
        assertThat(errors.findValuesAsText("path")).containsExactly("costs[0].amount", "costs[0].includes[0]");
        assertThat(errors.get(0).get("line").asInt()).isEqualTo(7);
    }

    @Test
    void aBodyThatIsNeitherJsonNorYamlIs415() throws Exception {
        assertThat(TestServer.post("/api/v1/cases/normalize", "text/plain", "id: x").statusCode()).isEqualTo(415);
    }

    @Test
    void hostileBodiesGetTheAnswersAssessmentsGive() throws Exception {
        byte[] big = new byte[TestServer.MAX_BODY + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        String deep = "{\"a\":".repeat(5000) + "1" + "}".repeat(5000);

        // over a plain socket: the JDK client can lose the early 413 to a reset while still sending (see RawHttp)
        assertThat(RawHttp.post(TestServer.base(), "/api/v1/cases/normalize", "application/json", big).status())
                .isEqualTo(413);
        HttpResponse<byte[]> nested = TestServer.post("/api/v1/cases/normalize", "application/json", deep);
        assertThat(nested.statusCode()).isBetween(400, 499);
        assertThat(nested.headers().firstValue("Content-Type")).hasValue(Problem.MEDIA_TYPE);
        assertThat(TestServer.get("/api/v1/health").statusCode()).isEqualTo(200);
    }

    @Test
    void theProfileListsTheOverridableAssumptionsWithTheProfilesValuesForTheCurrency() throws Exception {
        HttpResponse<String> r = TestServer.get("/api/v1/profile?industry=%E9%9B%B6%E5%94%AE&currency=CNY&employees=320&annualRevenue=80000000");

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode p = JSON.readTree(r.body());
        assertThat(p.get("industry").asText()).isEqualTo("retail");
        // As for examples/acme-retail.yaml: the Chinese SME standard for retail (rules/profiles/segments-cn.drl).
        assertThat(p.get("segment").asText()).isEqualTo("mid-size");
        JsonNode overrides = p.get("overrides");
        assertThat(overrides.findValuesAsText("key")).startsWith("loadedHourlyCost", "rampUp", "riskAdjustment.benefits",
                "riskAdjustment.costs", "adoptionThreshold", "productivityFactors.sales", "productivityFactors.service",
                "productivityFactors.marketing", "productivityFactors.unspecified").contains("values.typicalGrossMargin");
        // rules/profiles/hourly-cost.drl.csv: 120 CNY an hour.
        assertThat(overrides.get(0).get("value").decimalValue()).isEqualByComparingTo("120");
        assertThat(r.body()).contains("{\"key\":\"loadedHourlyCost\",\"value\":120,").doesNotContain("E+"); // digits, one line
        assertThat(overrides.get(1).get("value").isArray()).isTrue();
        assertThat(overrides.findValuesAsText("key")).noneMatch(k -> k.startsWith("values.") && k.substring(7).contains("."));
    }

    @Test
    void aProfileQueryWithABadNumberIs400() throws Exception {
        HttpResponse<String> r = TestServer.get("/api/v1/profile?industry=retail&employees=many");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("employees");
    }

    @Test
    void aProfileQueryErrorNamesTheParameter_notAPlaceInACaseTheCallerNeverSaw() throws Exception {
        HttpResponse<String> fraction = TestServer.get("/api/v1/profile?industry=retail&employees=1.5");
        assertThat(fraction.statusCode()).isEqualTo(400);
        assertThat(fraction.body()).contains("employees must be a whole number, not '1.5'");

        HttpResponse<String> zero = TestServer.get("/api/v1/profile?industry=retail&employees=0");
        assertThat(zero.statusCode()).isEqualTo(400);
        com.fasterxml.jackson.databind.JsonNode error = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(zero.body()).get("errors").get(0);
        assertThat(error.get("path").asText()).isEqualTo("employees");
        assertThat(error.has("line")).as("no line of a made-up case: %s", error).isFalse();
        assertThat(error.has("column")).isFalse();
    }

    @Test
    void aParameterARouteDoesNotTake_is400_onEveryApiRoute() throws Exception {
        // a review: ?employe=320 answered 200 with segment "unknown", the typo silently changing the answer
        HttpResponse<String> typo = TestServer.get("/api/v1/profile?industry=retail&employe=320");
        assertThat(typo.statusCode()).isEqualTo(400);
        assertThat(typo.body()).contains("unknown parameter 'employe' (did you mean 'employees'?); this route takes"
                + " industry, employees, annualRevenue, currency, model");
        for (String path : java.util.List.of("/api/v1/health?x=1", "/api/v1/plugins?x=1", "/api/v1/openapi.json?x=1")) {
            HttpResponse<String> r = TestServer.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(400);
            assertThat(r.body()).as(path).contains("unknown parameter 'x'; this route takes no query parameters");
        }
        assertThat(TestServer.post("/api/v1/cases/normalize?format=md", "application/yaml",
                "format: roi-assay/case-1".getBytes(java.nio.charset.StandardCharsets.UTF_8)).statusCode()).isEqualTo(400);
        assertThat(TestServer.get("/api/v1/health").statusCode()).isEqualTo(200);
    }
}
