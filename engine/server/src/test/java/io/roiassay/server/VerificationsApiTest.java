package io.roiassay.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

class VerificationsApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String caseText() throws Exception {
        return Files.readString(TestServer.examples().resolve("seed-004-first-year-tco.yaml"));
    }

    private static String report() throws Exception {
        return new String(TestServer.post("/api/v1/assessments", "application/yaml", caseText()).body(), StandardCharsets.UTF_8);
    }

    private static JsonNode verify(ObjectNode body) throws Exception {
        var r = TestServer.post("/api/v1/verifications", "application/json", JSON.writeValueAsString(body));
        assertThat(r.statusCode()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    @Test
    void aFreshReportReproducesByteForByte() throws Exception {
        ObjectNode body = JSON.createObjectNode().put("report", report()).put("case", caseText());

        JsonNode v = verify(body);

        assertThat(v.get("reproduced").asBoolean()).isTrue();
        assertThat(v.get("byteIdentical").asBoolean()).isTrue();
        assertThat(v.get("differences").size()).isZero();
    }

    @Test
    void anEditedReportDoesNotReproduceAndNamesThePath() throws Exception {
        ObjectNode report = (ObjectNode) JSON.readTree(report());
        ((ObjectNode) report.get("verdict")).put("grade", "strong-but-edited");
        ObjectNode body = JSON.createObjectNode().put("case", caseText());
        body.set("report", report);

        JsonNode v = verify(body);

        assertThat(v.get("reproduced").asBoolean()).isFalse();
        assertThat(v.get("byteIdentical").asBoolean()).isFalse();
        assertThat(v.get("differences").toString()).contains("verdict.grade");
    }

    @Test
    void aBodyWithoutReportIs400_andAReportThatEmbedsNoCaseNeedsTheCase() throws Exception {
        ObjectNode noReport = JSON.createObjectNode().put("case", caseText());
        var r = TestServer.post("/api/v1/verifications", "application/json", JSON.writeValueAsString(noReport));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        ObjectNode noCase = JSON.createObjectNode().put("report", report());
        var alone = TestServer.post("/api/v1/verifications", "application/json", JSON.writeValueAsString(noCase));
        assertThat(alone.statusCode()).isEqualTo(400);
        assertThat(new String(alone.body(), StandardCharsets.UTF_8))
                .contains("the report embeds no case (provenance.case; it was made without embedCase=true or assess --embed-case)");
    }

    @Test
    void aReportThatEmbedsItsCase_verifiesAlone_orWithItsCase_byteForByte() throws Exception {
        // as assay assess --embed-case and assay verify REPORT (a review found the API had neither)
        String report = new String(TestServer.post("/api/v1/assessments?embedCase=true&draws=0", "application/yaml", caseText()).body(),
                StandardCharsets.UTF_8);
        assertThat(JSON.readTree(report).at("/provenance/case/id").asText()).isEqualTo(JSON.readTree(report()).get("caseId").asText());

        JsonNode alone = verify(JSON.createObjectNode().put("report", report));
        assertThat(alone.get("byteIdentical").asBoolean()).isTrue();
        JsonNode withCase = verify(JSON.createObjectNode().put("report", report).put("case", caseText()));
        assertThat(withCase.get("byteIdentical").asBoolean()).isTrue();

        // the case embedded in the report is what is re-run: an edited one no longer gives the saved figures
        ObjectNode edited = (ObjectNode) JSON.readTree(report);
        ((ObjectNode) edited.at("/provenance/case")).put("horizon", JSON.createObjectNode().put("years", 1));
        JsonNode changed = verify(JSON.createObjectNode().set("report", edited));
        assertThat(changed.get("reproduced").asBoolean()).isFalse();
        assertThat(changed.get("differences").toString()).contains("provenance.inputHash", "financials.");
    }

    @Test
    void embedCaseIsForJsonReportsAndTrueOrFalse() throws Exception {
        var md = TestServer.post("/api/v1/assessments?embedCase=true&format=md", "application/yaml", caseText());
        assertThat(md.statusCode()).isEqualTo(400);
        assertThat(new String(md.body(), StandardCharsets.UTF_8))
                .contains("embedCase applies to JSON reports (the form a verification reads), not to format=md");
        var yes = TestServer.post("/api/v1/assessments?embedCase=yes", "application/yaml", caseText());
        assertThat(new String(yes.body(), StandardCharsets.UTF_8)).contains("embedCase must be true or false, not 'yes'");
    }

    @Test
    void somethingThatIsNotAReportIs422() throws Exception {
        ObjectNode body = JSON.createObjectNode().put("report", "{\"format\": \"other\"}").put("case", caseText());

        var r = TestServer.post("/api/v1/verifications", "application/json", JSON.writeValueAsString(body));

        assertThat(r.statusCode()).isEqualTo(422);
    }
}
