package io.roiassay.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.roiassay.engine.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code assay serve} takes the engine options of {@code assess} (one mixin): the same flags, the same
 * range checks with the same exit code and message, and a rule limit the server's engine really applies.
 */
class ServeCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @CsvSource({
            "--max-rule-firings, 0, --max-rule-firings must be between 1 and 100000000, not 0",
            "--rule-time-limit, 0, --rule-time-limit must be between 1 and 86400000 ms, not 0",
            "--rule-time-limit, 86400001, --rule-time-limit must be between 1 and 86400000 ms, not 86400001",
            "--rule-time-limit, soon, Invalid value for option '--rule-time-limit': 'soon' is not a whole number",
            "--plugin-timeout, 0, --plugin-timeout must be between 1 and 3600000 ms, not 0",
            "--plugin-timeout, 3600001, --plugin-timeout must be between 1 and 3600000 ms, not 3600001"})
    void serve_engineOptionOutOfRange_exit2WithTheMessageAssessGives(String option, String value, String message) {
        String[] serve = run("serve", "--port", "0", option, value);
        String[] assess = run("assess", TestServer.examples().resolve("acme-retail.yaml").toString(), option, value);

        assertThat(serve[0]).isEqualTo("2");
        assertThat(serve[1]).contains("assay: " + message);
        assertThat(assess[0]).isEqualTo("2");
        assertThat(assess[1]).contains("assay: " + message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--port|65536|--port must be 0..65535, not 65536",
            "--max-body|0|--max-body must be at least 1 (bytes), not 0",
            "--request-timeout|0|--request-timeout must be at least 1 (ms), not 0",
            "--workers|0|--workers must be at least 1, not 0",
            "--bind|not-a-host.invalid|--bind not-a-host.invalid is not an address or a known host name",
            "--bind|192.0.2.1|--bind 192.0.2.1 (192.0.2.1) is not an address of this machine"})
    void serveOptionOutOfRange_exit2NamingTheValue(String option, String value, String message) {
        String[] serve = option.equals("--port") ? run("serve", option, value) : run("serve", "--port", "0", option, value);

        assertThat(serve[0]).isEqualTo("2");
        assertThat(serve[1]).contains("assay: " + message).doesNotContain("unexpected", "Exception");
    }

    @Test
    void aPortInUse_exit2SayingSo() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            String[] serve = run("serve", "--port", String.valueOf(taken.getLocalPort()));

            assertThat(serve[0]).isEqualTo("2");
            assertThat(serve[1]).contains("assay: cannot listen on 127.0.0.1 port " + taken.getLocalPort() + ": ")
                    .contains("choose another with --port").doesNotContain("unexpected");
        }
    }

    @Test
    void serveHelp_listsTheEngineOptionsOfAssess() {
        String help = new CommandLine(new ServeCommand()).getUsageMessage();

        assertThat(help).contains("--rules=DIR", "--plugins=DIR", "--plugin-timeout=MS", "--max-rule-firings=N",
                "--rule-time-limit=MS", "--port=PORT", "--bind=ADDRESS", "--max-body=BYTES", "--workers=N");
    }

    @Test
    void serveWithTinyFiringLimit_answersTheRuleLimitAsProblemNotInternalError() throws Exception {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs("--port", "0", "--workers", "1", "--max-rule-firings", "5");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (AssayServer server = serve.start(new PrintStream(log, true, StandardCharsets.UTF_8))) {
            URI uri = URI.create("http://127.0.0.1:" + server.port() + "/api/v1/assessments?draws=0");
            byte[] acme = Files.readAllBytes(TestServer.examples().resolve("acme-retail.yaml"));
            HttpResponse<String> answer = TestServer.CLIENT.send(HttpRequest.newBuilder(uri)
                    .header("Content-Type", "application/yaml").POST(HttpRequest.BodyPublishers.ofByteArray(acme)).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).isEqualTo(500);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue(Problem.MEDIA_TYPE);
            JsonNode problem = JSON.readTree(answer.body());
            assertThat(problem.path("type").asText()).isEqualTo("https://roi-assay.io/problems/rule-pack-failed");
            assertThat(problem.path("title").asText()).isEqualTo("The rule pack failed on this case");
            assertThat(problem.path("detail").asText())
                    .startsWith("the rules fired 5 times for one case (limit 5, --max-rule-firings); most firings: ");
            assertThat(answer.body()).doesNotContain("Exception", "\tat ");
            assertThat(log.toString(StandardCharsets.UTF_8)).contains("the rule pack failed on POST /api/v1/assessments: "
                    + "the rules fired 5 times for one case");
            // the warm-up (on its own thread) says the same in words, not as a Java class name
            long until = System.nanoTime() + 20_000_000_000L;
            while (!log.toString(StandardCharsets.UTF_8).contains("warm-up") && System.nanoTime() < until) {
                Thread.sleep(50);
            }
            assertThat(log.toString(StandardCharsets.UTF_8)).contains("assay serve: the built-in warm-up case failed: the rules"
                    + " fired 5 times for one case").contains(") once").doesNotContain("RuleExecutionException", "1 times");

            HttpResponse<String> health = TestServer.CLIENT.send(HttpRequest.newBuilder(
                    uri.resolve("/api/v1/health")).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
        }
    }

    /** Runs {@code assay args…} in-process: the exit code and standard error. */
    private static synchronized String[] run(String... args) {
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Cli.run(args);
            return new String[] {String.valueOf(code), err.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setErr(oldErr);
        }
    }
}
