package io.roiassay.server;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/** The report's type is chosen with format=; an Accept header that excludes it gets 406, not another type. */
class AcceptHeaderTest {

    @Test
    void rangesThatTakeTheType() {
        assertThat(AcceptHeader.allows(null, "application/json")).isTrue();
        assertThat(AcceptHeader.allows("*/*", "application/pdf")).isTrue();
        assertThat(AcceptHeader.allows("text/html,application/xhtml+xml,*/*;q=0.8", "application/json")).isTrue();
        assertThat(AcceptHeader.allows("text/*", "text/markdown")).isTrue();
        assertThat(AcceptHeader.allows("Application/JSON; charset=utf-8", "application/json")).isTrue();
    }

    @Test
    void rangesThatDoNot() {
        assertThat(AcceptHeader.allows("application/pdf", "application/json")).isFalse();
        assertThat(AcceptHeader.allows("application/xml", "application/json")).isFalse();
        assertThat(AcceptHeader.allows("text/*", "application/json")).isFalse();
        assertThat(AcceptHeader.allows("application/json;q=0, text/html", "application/json")).isFalse();
        // the most specific range decides: */* does not undo a q=0 on the type itself (RFC 9110 §12.5.1)
        assertThat(AcceptHeader.allows("application/json;q=0, */*", "application/json")).isFalse();
        assertThat(AcceptHeader.allows("application/*;q=0, application/json", "application/json")).isTrue();
    }

    @Test
    void anAssessmentWhoseAcceptExcludesItsFormat_is406_withTheFormatToAskFor() throws Exception {
        byte[] yaml = Files.readAllBytes(TestServer.examples().resolve("seed-004-first-year-tco.yaml"));
        var r = TestServer.CLIENT.send(java.net.http.HttpRequest.newBuilder(TestServer.base().resolve("/api/v1/assessments?draws=0"))
                .header("Content-Type", "application/yaml").header("Accept", "text/html")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(yaml)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(r.statusCode()).isEqualTo(406);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        // the hint names the format the client can take
        assertThat(r.body()).contains("format=json answers application/json, which Accept: text/html does not take;"
                + " the report's format is chosen with format= (json, md, html, pdf), e.g. ?format=html");
    }
}
