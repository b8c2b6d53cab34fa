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
    void aBodyWithoutReportOrCaseIs400() throws Exception {
        var r = TestServer.post("/api/v1/verifications", "application/json", "{\"report\": {}}");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void somethingThatIsNotAReportIs422() throws Exception {
        ObjectNode body = JSON.createObjectNode().put("report", "{\"format\": \"other\"}").put("case", caseText());

        var r = TestServer.post("/api/v1/verifications", "application/json", JSON.writeValueAsString(body));

        assertThat(r.statusCode()).isEqualTo(422);
    }
}
