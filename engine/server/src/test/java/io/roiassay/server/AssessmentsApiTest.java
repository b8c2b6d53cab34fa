package io.roiassay.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.roiassay.engine.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class AssessmentsApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> examples() throws Exception {
        try (Stream<Path> files = Files.list(TestServer.examples())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theApiReportIsByteIdenticalToTheCommandLineReport(String example, @TempDir Path tmp) throws Exception {
        Path caseFile = TestServer.examples().resolve(example);
        Path cliOut = tmp.resolve("report.json");
        assertThat(Cli.run("assess", caseFile.toString(), "--out", cliOut.toString())).isZero();

        HttpResponse<byte[]> api = TestServer.post("/api/v1/assessments", "application/yaml", Files.readAllBytes(caseFile));

        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(api.body()).isEqualTo(Files.readAllBytes(cliOut));
    }

    @Test
    void aJsonCaseGivesTheSameBytesAsTheCommandLineOnTheSameJsonFile(@TempDir Path tmp) throws Exception {
        byte[] yaml = Files.readAllBytes(TestServer.examples().resolve("acme-retail.yaml"));
        Path caseJson = tmp.resolve("acme-retail.json");
        Files.writeString(caseJson, JSON.writeValueAsString(new YAMLMapper().readTree(yaml)));
        Path cliOut = tmp.resolve("report.json");
        assertThat(Cli.run("assess", caseJson.toString(), "--lang", "en", "--out", cliOut.toString())).isZero();

        HttpResponse<byte[]> api = TestServer.post("/api/v1/assessments?lang=en", "application/json; charset=utf-8",
                Files.readAllBytes(caseJson));

        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).isEqualTo(Files.readAllBytes(cliOut));
    }

    @Test
    void langAndFormatComeFromTheQuery() throws Exception {
        byte[] yaml = Files.readAllBytes(TestServer.examples().resolve("vendor-claim-audit.yaml"));

        HttpResponse<byte[]> md = TestServer.post("/api/v1/assessments?format=md&lang=zh-CN", "application/yaml", yaml);
        HttpResponse<byte[]> html = TestServer.post("/api/v1/assessments?format=html&lang=en", "application/yaml", yaml);

        assertThat(md.headers().firstValue("Content-Type")).hasValue("text/markdown; charset=utf-8");
        assertThat(new String(md.body(), StandardCharsets.UTF_8)).contains("结论");
        assertThat(new String(html.body(), StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>").contains("Verdict");
    }

    @Test
    void formatPdfAnswersAPdfDocument() throws Exception {
        byte[] yaml = Files.readAllBytes(TestServer.examples().resolve("acme-retail.yaml"));

        HttpResponse<byte[]> pdf = TestServer.post("/api/v1/assessments?format=pdf", "application/yaml", yaml);

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        // named for the case (examples/acme-retail.yaml's id), as the workbench names its downloads
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValue("inline; filename=\"acme-retail-2025-report.pdf\"");
    }

    @Test
    void aCaseIdBecomesASafeFileStem() {
        assertThat(Api.fileStem("acme-retail-2025")).isEqualTo("acme-retail-2025");
        assertThat(Api.fileStem("华东 \"x\"/../y")).isEqualTo("____x__.._y");
        assertThat(Api.fileStem("..")).isEqualTo("case");
        assertThat(Api.fileStem("a".repeat(200))).hasSize(80);
    }

    @Test
    void aKpiOutsideItsPluginsRangeIs422WithItsPathAndLine() throws Exception {
        String yaml = """
                format: roi-assay/case-1
                id: retention-150
                currency: USD
                company: { industry: retail }
                costs: [ { id: a, category: license, amount: 1000, recurrence: annual } ]
                kpis:
                  service:
                    before: { retentionRate: 80, customers: 100, customerAnnualValue: 50 }
                    after: { retentionRate: 150, customers: 100, customerAnnualValue: 50 }
                """;

        HttpResponse<byte[]> r = TestServer.post("/api/v1/assessments", "application/yaml", yaml);

        assertThat(r.statusCode()).isEqualTo(422);
        JsonNode error = JSON.readTree(r.body()).get("errors").get(0);
        assertThat(error.get("path").asText()).isEqualTo("kpis.service.after.retentionRate");
        assertThat(error.get("line").asInt()).isEqualTo(9);
        assertThat(error.get("message").asText()).isEqualTo("150 is above the maximum 100 (a percentage, written 0..100)");
    }

    @Test
    void anInvalidCaseIs422WithEveryErrorAndItsLineAndColumn() throws Exception {
        String yaml = """
                format: roi-assay/case-1
                id: broken
                company: { industry: retail, employees: -5 }
                horizon: { years: 1 }
                costs: [ { id: a, category: license, amount: -3, recurrence: once } ]
                """;

        HttpResponse<byte[]> r = TestServer.post("/api/v1/assessments", "application/yaml", yaml);

        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode p = JSON.readTree(r.body());
        assertThat(p.get("status").asInt()).isEqualTo(422);
        assertThat(p.get("type").asText()).endsWith("/invalid-case");
        assertThat(p.get("errors").size()).isGreaterThan(1);
        assertThat(p.get("errors").findValuesAsText("path")).contains("company.employees");
        JsonNode employees = null;
        for (JsonNode e : p.get("errors")) {
            if (e.get("path").asText().equals("company.employees")) {
                employees = e;
            }
        }
        assertThat(employees.get("line").asInt()).isEqualTo(3);
        assertThat(employees.get("column").asInt()).isGreaterThan(1);
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void badOptionsAre400ProblemDetails() throws Exception {
        byte[] yaml = Files.readAllBytes(TestServer.examples().resolve("acme-retail.yaml"));

        HttpResponse<byte[]> docx = TestServer.post("/api/v1/assessments?format=docx", "application/yaml", yaml);
        assertThat(docx.statusCode()).isEqualTo(400);
        assertThat(new String(docx.body(), StandardCharsets.UTF_8))
                .contains("format must be one of json, md, html, pdf, not 'docx'");
        assertThat(TestServer.post("/api/v1/assessments?lang=fr", "application/yaml", yaml).statusCode()).isEqualTo(400);
        assertThat(TestServer.post("/api/v1/assessments?draws=x", "application/yaml", yaml).statusCode()).isEqualTo(400);
        assertThat(TestServer.post("/api/v1/assessments?draws=-1", "application/yaml", yaml).statusCode()).isEqualTo(400);
        assertThat(TestServer.post("/api/v1/assessments?draws=20000000", "application/yaml", yaml).statusCode()).isEqualTo(400);
        assertThat(TestServer.post("/api/v1/assessments?seed=1.5", "application/yaml", yaml).statusCode()).isEqualTo(400);
        // a whole number too large for its type is out of range, not "not a whole number" (a review's finding)
        HttpResponse<byte[]> bigSeed = TestServer.post("/api/v1/assessments?seed=99999999999999999999", "application/yaml", yaml);
        assertThat(bigSeed.statusCode()).isEqualTo(400);
        assertThat(new String(bigSeed.body(), StandardCharsets.UTF_8)).contains("seed must be a whole number from "
                + "-9223372036854775808 to 9223372036854775807, not '99999999999999999999'");
        assertThat(new String(TestServer.post("/api/v1/assessments?draws=99999999999", "application/yaml", yaml).body(),
                StandardCharsets.UTF_8)).contains("draws must be between 0 (no Monte Carlo) and 10000000, not 99999999999");
    }

    @Test
    void anUnknownOrRepeatedParameter_is400_neverSilentlyTheDefault() throws Exception {
        // a review got a default JSON report with 10,000 draws for ?draw=0 and ?Format=md
        byte[] yaml = Files.readAllBytes(TestServer.examples().resolve("seed-001-gross-profit-525.yaml"));
        HttpResponse<byte[]> typo = TestServer.post("/api/v1/assessments?draw=0", "application/yaml", yaml);
        assertThat(typo.statusCode()).isEqualTo(400);
        assertThat(new String(typo.body(), StandardCharsets.UTF_8))
                .contains("unknown parameter 'draw' (did you mean 'draws'?); this route takes format, lang, draws, seed, embedCase");
        assertThat(new String(TestServer.post("/api/v1/assessments?Format=md", "application/yaml", yaml).body(),
                StandardCharsets.UTF_8)).contains("unknown parameter 'Format' (did you mean 'format'?)");
        HttpResponse<byte[]> twice = TestServer.post("/api/v1/assessments?format=json&format=md", "application/yaml", yaml);
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(new String(twice.body(), StandardCharsets.UTF_8)).contains("parameter 'format' is given 2 times; give it once");
    }

    @Test
    void drawsOverTheServersBound_are400NamingIt_theBoundItselfIsServed() throws Exception {
        // the default bound, 100,000 draws (serve --max-draws): a few 10,000,000-draw requests would hold every worker
        byte[] yaml = Files.readAllBytes(TestServer.examples().resolve("seed-001-gross-profit-525.yaml"));
        HttpResponse<byte[]> over = TestServer.post("/api/v1/assessments?draws=100001", "application/yaml", yaml);
        assertThat(over.statusCode()).isEqualTo(400);
        assertThat(new String(over.body(), StandardCharsets.UTF_8))
                .contains("draws must be at most 100000 on this server (serve --max-draws), not 100001");
        assertThat(TestServer.post("/api/v1/assessments?draws=100000", "application/yaml", yaml).statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"0,", "500,7"})
    void drawsAndSeed_giveTheBytesAssessGivesWithTheSameOptions(String draws, String seed, @TempDir Path tmp) throws Exception {
        Path caseFile = TestServer.examples().resolve("seed-004-first-year-tco.yaml");
        Path cliOut = tmp.resolve("report.json");
        String query = "?draws=" + draws + (seed == null ? "" : "&seed=" + seed);
        var args = new java.util.ArrayList<>(java.util.List.of("assess", caseFile.toString(), "--draws", draws, "--out", cliOut.toString()));
        if (seed != null) {
            args.addAll(java.util.List.of("--seed", seed));
        }
        assertThat(Cli.run(args.toArray(String[]::new))).isZero();

        HttpResponse<byte[]> api = TestServer.post("/api/v1/assessments" + query, "application/yaml", Files.readAllBytes(caseFile));

        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).isEqualTo(Files.readAllBytes(cliOut));
        JsonNode report = JSON.readTree(api.body());
        if (draws.equals("0")) {
            assertThat(report.get("uncertainty").isNull()).as("no draws, no ranges").isTrue();
        } else {
            assertThat(report.at("/uncertainty/draws").asInt()).isEqualTo(500);
            assertThat(report.at("/uncertainty/seed").asLong()).isEqualTo(7);
        }
    }
}
