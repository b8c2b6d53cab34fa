package io.roiassay.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The inputs the command line refuses are refused over HTTP too, as 4xx problem details, and the server keeps serving. */
class HostileInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode problem(HttpResponse<byte[]> r, int status) throws Exception {
        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode p = JSON.readTree(r.body());
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("title").asText()).isNotBlank();
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).doesNotContain("\tat ").doesNotContain("Exception");
        return p;
    }

    /**
     * Requests Jetty refuses before the routes get them answer like the API: problem details, security headers
     * ({@code |} separates header lines).
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource({
            "an ambiguous path,             400, GET /../api/v1/health HTTP/1.1",
            "a request line too long,       414, GET /api/v1/health?q=LONG HTTP/1.1",
            "a header too large,            431, GET /api/v1/health HTTP/1.1|X-Big: LONG",
            "a malformed header,            400, GET /api/v1/health HTTP/1.1|no colon here",
            "a length and a chunked body,   400, POST /api/v1/assessments HTTP/1.1|Content-Length: 3|Transfer-Encoding: chunked"})
    void refusedBeforeRouting_isAProblemDocumentWithTheSecurityHeaders(String what, int status, String head)
            throws Exception {
        String request = head.replace("|", "\r\n").replace("LONG", "a".repeat(20_000)) + "\r\n";

        RawHttp.Response r = RawHttp.exchange(TestServer.base(), request, new byte[0]);

        assertThat(r.status()).as(what).isEqualTo(status);
        assertThat(r.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.header("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
        // the same headers as every other answer (a review found these three missing on 414 and 431)
        assertThat(r.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(r.header("Cross-Origin-Opener-Policy")).isEqualTo("same-origin");
        assertThat(r.header("Cache-Control")).isEqualTo("no-store");
        JsonNode p = JSON.readTree(r.body());
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("type").asText()).isEqualTo("https://roi-assay.io/problems/http-" + status);
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).doesNotContain("<html").doesNotContain("Exception");
    }

    @Test
    void aRequestForAnotherHost_onALoopbackServer_is421() throws Exception {
        // DNS rebinding: a page at evil.example resolves its own name to 127.0.0.1 and calls the local server
        try (java.net.Socket sock = new java.net.Socket("127.0.0.1", TestServer.base().getPort())) {
            sock.setSoTimeout(10_000);
            sock.getOutputStream().write("GET /api/v1/health HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(sock.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 421 ").contains("application/problem+json")
                    .contains("answers only requests for localhost, 127.0.0.1 or [::1]");
        }
        assertThat(List.of("localhost", "localhost:8080", "127.0.0.1:8080", "127.1.2.3", "[::1]:8080", "LOCALHOST"))
                .allMatch(AssayServer::isLoopbackName);
        assertThat(List.of("evil.example", "127.0.0.1.evil.example", "[::2]:80", "localhost.evil.example:80"))
                .noneMatch(AssayServer::isLoopbackName);
    }

    @Test
    void anOversizedBodyIs413() throws Exception {
        byte[] big = new byte[TestServer.MAX_BODY + 1];
        java.util.Arrays.fill(big, (byte) ' ');

        RawHttp.Response r = RawHttp.post(TestServer.base(), "/api/v1/assessments", "application/json", big);

        tooLarge(r);
    }

    @Test
    void anOversizedChunkedBodyIs413() throws Exception {
        byte[] big = new byte[TestServer.MAX_BODY + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        ByteArrayOutputStream chunked = new ByteArrayOutputStream();
        chunked.write((Integer.toHexString(big.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        chunked.write(big);
        chunked.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));

        RawHttp.Response r = RawHttp.exchange(TestServer.base(), "POST /api/v1/assessments HTTP/1.1\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n", chunked.toByteArray());

        tooLarge(r);
    }

    private static void tooLarge(RawHttp.Response r) throws Exception {
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.header("Content-Type")).isEqualTo("application/problem+json");
        JsonNode p = JSON.readTree(r.body());
        assertThat(p.get("status").asInt()).isEqualTo(413);
        assertThat(p.get("detail").asText()).isEqualTo("the request body is larger than the server's limit of "
                + TestServer.MAX_BODY + " bytes");
        assertThat(TestServer.get("/api/v1/health").statusCode()).isEqualTo(200);
    }

    @Test
    void aYamlAliasBombIsRefused() throws Exception {
        StringBuilder y = new StringBuilder("a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            char prev = (char) (c - 1);
            y.append(c).append(": &").append(c).append(" [*").append(prev).append(",*").append(prev).append(",*")
                    .append(prev).append(",*").append(prev).append(",*").append(prev).append(",*").append(prev)
                    .append(",*").append(prev).append(",*").append(prev).append(",*").append(prev).append("]\n");
        }

        int status = TestServer.post("/api/v1/assessments", "application/yaml", y.toString()).statusCode();

        assertThat(status).isBetween(400, 499);
        problem(TestServer.post("/api/v1/assessments", "application/yaml", y.toString()), status);
    }

    @Test
    void deepNestingIsRefused() throws Exception {
        String deep = "{\"a\":".repeat(5000) + "1" + "}".repeat(5000);

        HttpResponse<byte[]> r = TestServer.post("/api/v1/assessments", "application/json", deep);

        assertThat(r.statusCode()).isBetween(400, 499);
        problem(r, r.statusCode());
    }

    @Test
    void aWrongContentTypeIs415() throws Exception {
        JsonNode p = problem(TestServer.post("/api/v1/assessments", "text/plain", "format: roi-assay/case-1"), 415);

        assertThat(p.get("detail").asText()).contains("application/json").contains("text/plain");
    }

    @Test
    void aCharsetOtherThanUtf8Is415_notReadAsUtf8Silently() throws Exception {
        JsonNode p = problem(TestServer.post("/api/v1/assessments", "application/yaml; charset=latin1",
                "format: roi-assay/case-1"), 415);

        assertThat(p.get("detail").asText()).isEqualTo("send the case as UTF-8 text, not charset=latin1");
        assertThat(RequestBodies.charset("application/json; charset=\"UTF-8\"")).isEqualTo("utf-8");
        assertThat(RequestBodies.charset("application/json")).isNull();
    }

    @Test
    void notJsonIs422WithTheLine() throws Exception {
        JsonNode p = problem(TestServer.post("/api/v1/assessments", "application/json", "{\n  \"id\": \n}"), 422);

        assertThat(p.get("errors").get(0).get("line").asInt()).isEqualTo(3);
    }

    @Test
    void anUnknownApiPathIs404AndAWrongMethodIs405() throws Exception {
        assertThat(TestServer.get("/api/v1/nothing-here").statusCode()).isEqualTo(404);
        HttpResponse<String> get = TestServer.get("/api/v1/assessments");
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(get.body()).contains("GET is not allowed on /api/v1/assessments; allowed: POST");
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");
        HttpResponse<String> delete = TestServer.CLIENT.send(java.net.http.HttpRequest.newBuilder(TestServer.base().resolve("/api/v1/health"))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(delete.statusCode()).isEqualTo(405);
        assertThat(delete.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }

    @Test
    void head_answersWithGetsTypeWithoutTheBody() throws Exception {
        for (String[] route : new String[][] {{"/", "text/html"}, {"/workbench.js", "text/javascript"},
                {"/api/v1/plugins", "application/json"}, {"/api/v1/health", "application/json"}}) {
            HttpResponse<String> head = TestServer.CLIENT.send(java.net.http.HttpRequest.newBuilder(
                    TestServer.base().resolve(route[0])).method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody())
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(head.statusCode()).as(route[0]).isEqualTo(200);
            assertThat(head.headers().firstValue("Content-Type").orElse("")).as(route[0]).startsWith(route[1]);
            assertThat(head.body()).as(route[0]).isEmpty();
        }
    }

    @Test
    void aMissingPathIsTheSameProblemTypeAndTitleWhereverItIs() throws Exception {
        for (String path : List.of("/nothing-here.js", "/api/v1/nothing-here", "/api/v2/assessments")) {
            HttpResponse<String> r = TestServer.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            JsonNode p = JSON.readTree(r.body());
            assertThat(p.get("type").asText()).as(path).isEqualTo("https://roi-assay.io/problems/not-found");
            assertThat(p.get("title").asText()).as(path).isEqualTo("Not found");
            assertThat(p.get("detail").asText()).as(path).isEqualTo("no resource at " + path);
        }
    }

    @AfterAll
    static void theServerStillServes() throws Exception {
        HttpResponse<String> health = TestServer.get("/api/v1/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"ok\"");
        assertThat(TestServer.accessLog()).contains("POST /api/v1/assessments 413").contains("POST /api/v1/assessments 415");
    }
}
