package io.roiassay.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.roiassay.engine.RoiAssay;
import io.roiassay.engine.report.Report;
import io.roiassay.engine.report.ReportRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server embedded with an engine that has an added report format serves it as {@code format=NAME} and lists it
 * in the OpenAPI document; the shipped server lists exactly json, md, html and pdf.
 */
class AddedReportFormatTest {

    /** The verdict as one line of plain text. */
    static final class VerdictLine implements ReportRenderer {
        @Override public String name() { return "verdict-line"; }
        @Override public String mediaType() { return "text/plain"; }
        @Override public byte[] render(Report r) {
            return (r.caseId() + ": " + r.verdict().grade() + "\n").getBytes(StandardCharsets.UTF_8);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static AssayServer server;

    @BeforeAll
    static void start() throws Exception {
        RoiAssay assay = RoiAssay.builder().reportFormat(new VerdictLine()).build();
        ServerOptions o = ServerOptions.defaults().withPort(0).withLimits(TestServer.MAX_BODY, Duration.ofSeconds(60), 1);
        server = AssayServer.start(assay, o, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    @Test
    void addedFormat_isServedByName() throws Exception {
        byte[] yaml = Files.readAllBytes(TestServer.examples().resolve("acme-retail.yaml"));
        HttpResponse<String> r = TestServer.CLIENT.send(HttpRequest.newBuilder(uri("/api/v1/assessments?format=verdict-line&draws=0"))
                .header("Content-Type", "application/yaml").POST(HttpRequest.BodyPublishers.ofByteArray(yaml)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).isEqualTo(200);
        // Jetty writes text/plain's charset without the space it keeps for other types
        assertThat(r.headers().firstValue("Content-Type").orElseThrow().replace(" ", "")).isEqualTo("text/plain;charset=utf-8");
        assertThat(r.body()).isEqualTo("acme-retail-2025: negative\n");
    }

    @Test
    void openApiDocument_listsTheEngineFormats() throws Exception {
        HttpResponse<String> added = TestServer.CLIENT.send(HttpRequest.newBuilder(uri("/api/v1/openapi.json")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> shipped = TestServer.get("/api/v1/openapi.json");

        assertThat(formats(added.body())).containsExactly("json", "md", "html", "pdf", "verdict-line");
        assertThat(formats(shipped.body())).containsExactly("json", "md", "html", "pdf");
    }

    private static List<String> formats(String openapi) throws Exception {
        List<String> out = new ArrayList<>();
        OpenApiDocument.formatEnum(JSON.readTree(openapi)).forEach(n -> out.add(n.asText()));
        return out;
    }
}
