package io.roiassay.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class OpenApiAndPagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theServedOpenApiDocumentListsExactlyTheRegisteredRoutes() throws Exception {
        HttpResponse<String> r = TestServer.get("/api/v1/openapi.json");
        JsonNode doc = JSON.readTree(r.body());
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        String prefix = doc.get("servers").get(0).get("url").asText();
        List<String> documented = new ArrayList<>();
        doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(
                m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + prefix + p.getKey())));

        assertThat(documented).containsExactlyInAnyOrderElementsOf(AssayServer.API_ROUTES);
    }

    @Test
    void theCaseSchemaIsServedAndTheDocumentRefersToIt_everyOperationHasAProblemDefault() throws Exception {
        JsonNode doc = JSON.readTree(TestServer.get("/api/v1/openapi.json").body());
        assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
        String schema = servedSchema(doc, "Case", "schemas/case-1.json", "roi-assay/schema/case-1.schema.json");
        assertThat(JSON.readTree(schema).get("required")).extracting(JsonNode::asText)
                .contains("format", "id", "currency", "company", "costs");
        doc.get("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(op ->
                assertThat(op.getValue().at("/responses/default/$ref").asText()).as(op.getKey() + " " + p.getKey())
                        .isEqualTo("#/components/responses/Problem")));
    }

    @Test
    void theReportSchemaIsServed_theDocumentRefersToIt_andAnAssessmentAnswerValidatesAgainstIt() throws Exception {
        JsonNode doc = JSON.readTree(TestServer.get("/api/v1/openapi.json").body());
        String schema = servedSchema(doc, "Report", "schemas/report-1.json", "roi-assay/schema/report-1.schema.json");
        var validator = com.networknt.schema.SchemaRegistry
                .withDefaultDialect(com.networknt.schema.SpecificationVersion.DRAFT_2020_12).getSchema(schema);
        byte[] acme = java.nio.file.Files.readAllBytes(TestServer.examples().resolve("acme-retail.yaml"));
        HttpResponse<byte[]> report = TestServer.post("/api/v1/assessments?draws=200&embedCase=true", "application/yaml", acme);
        assertThat(report.statusCode()).isEqualTo(200);
        JsonNode json = JSON.readTree(report.body());
        assertThat(json.at("/verdict/grade").asText()).isEqualTo("negative");
        assertThat(validator.validate(json)).isEmpty();
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("verdict")).put("confidence", "certain");
        assertThat(validator.validate(json)).extracting(e -> e.getInstanceLocation().toString())
                .containsExactly("/verdict/confidence");
    }

    /**
     * The schema the document's component refers to: the reference as expected, resolved against the document's own
     * address (as a 3.1 reader does), served as JSON and byte for byte the engine's resource; its text.
     */
    private static String servedSchema(JsonNode doc, String component, String ref, String resource) throws Exception {
        assertThat(doc.at("/components/schemas/" + component + "/$ref").asText()).isEqualTo(ref);
        HttpResponse<String> schema = TestServer.get(TestServer.base().resolve("/api/v1/openapi.json").resolve(ref).getPath());
        assertThat(schema.statusCode()).isEqualTo(200);
        assertThat(schema.headers().firstValue("Content-Type")).hasValue("application/json;charset=utf-8");
        try (var in = OpenApiAndPagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(schema.body()).isEqualTo(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return schema.body();
    }

    @Test
    void everyDocumentedRouteIsServed() throws Exception {
        for (String route : AssayServer.API_ROUTES) {
            String[] mp = route.split(" ");
            HttpRequest.Builder b = HttpRequest.newBuilder(TestServer.base().resolve(mp[1]));
            b = mp[0].equals("GET") ? b.GET() : b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"));
            int status = TestServer.CLIENT.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            assertThat(status).as(route).isNotIn(404, 405, 500);
        }
    }

    @Test
    void pluginsListTheThreeBuiltInPluginsWithTheirInputsAndUnits() throws Exception {
        JsonNode plugins = JSON.readTree(TestServer.get("/api/v1/plugins").body());

        assertThat(plugins.findValuesAsText("id")).contains("sales", "service", "marketing");
        JsonNode sales = null;
        for (JsonNode p : plugins) {
            if (p.get("id").asText().equals("sales")) {
                sales = p;
            }
        }
        assertThat(sales.get("inputs").size()).isPositive();
        assertThat(sales.get("inputs").get(0).get("unit").asText()).isNotBlank();
        assertThat(sales.get("title").get("zh-CN").asText()).isNotBlank();
        JsonNode weeks = sales.get("assumptions").get(0);
        assertThat(weeks.get("key").asText()).isEqualTo("workWeeksPerYear");
        assertThat(weeks.get("default").asInt()).isEqualTo(48);
        assertThat(weeks.get("unit").asText()).isEqualTo("count");
        assertThat(weeks.get("source").asText()).isEqualTo("assumption");
        assertThat(weeks.get("description").get("zh-CN").asText()).startsWith("每年工作周数");
        // each line says what it measures and whether adoption caps it (per-user) or not (company)
        List<String> lines = new ArrayList<>();
        for (JsonNode b : sales.get("benefits")) {
            lines.add(b.get("id").asText() + " " + b.get("measures").asText() + " " + b.get("scope").asText());
        }
        assertThat(lines).contains("deal-volume revenue-growth company", "rep-time-saved time-saved per-user");
    }

    @Test
    void pluginsGiveEachInputsDeclaredRangeAndLeaveAnOpenEndOut() throws Exception {
        JsonNode plugins = JSON.readTree(TestServer.get("/api/v1/plugins").body());

        JsonNode nps = null;
        JsonNode revenue = null;
        for (JsonNode input : plugins.findValues("inputs").stream().flatMap(i -> java.util.stream.StreamSupport.stream(i.spliterator(), false)).toList()) {
            if (input.get("name").asText().equals("nps")) {
                nps = input;
            }
            if (input.get("name").asText().equals("revenue")) {
                revenue = input;
            }
        }
        assertThat(nps.get("minimum").asInt()).isEqualTo(-100);
        assertThat(nps.get("maximum").asInt()).isEqualTo(100);
        assertThat(revenue.get("minimum").asInt()).isZero();
        assertThat(revenue.has("maximum")).isFalse();
    }

    @Test
    void theWorkbenchPageIsServedWithAStrictContentSecurityPolicy() throws Exception {
        HttpResponse<String> page = TestServer.get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<form").doesNotContain("http://").doesNotContain("https://");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("default-src 'none'").contains("script-src 'self'").doesNotContain("unsafe"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }
}
