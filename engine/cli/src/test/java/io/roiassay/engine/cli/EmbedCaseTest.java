package io.roiassay.engine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.roiassay.engine.report.JsonReportWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --embed-case} puts the canonical case into {@code provenance.case}; {@code verify REPORT} then needs no case file. */
class EmbedCaseTest {

    @TempDir
    Path dir;

    private Path assess(String name, String... more) {
        Path report = dir.resolve(name);
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(
                "assess", Fixtures.ACME.toString(), "--draws", "0", "--out", report.toString()));
        args.addAll(java.util.List.of(more));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return report;
    }

    private static ObjectNode tree(Path report) throws Exception {
        return (ObjectNode) JsonReportWriter.mapper().reader().with(JsonNodeFactory.withExactBigDecimals(true))
                .readTree(Files.readString(report));
    }

    private static String sha256(String text) throws Exception {
        return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void assess_embedCase_caseIsTheCanonicalJsonTheInputHashIsTakenOver() throws Exception {
        ObjectNode report = tree(assess("embedded.json", "--embed-case"));

        JsonNode embedded = report.at("/provenance/case");
        assertThat(embedded.isObject()).isTrue();
        assertThat(embedded.path("id").asText()).isEqualTo("acme-retail-2025");
        assertThat(sha256(JsonReportWriter.mapper().writeValueAsString(embedded)))
                .isEqualTo(report.at("/provenance/inputHash").asText());
    }

    @Test
    void assess_embedCase_otherwiseTheSameBytesAsTheDefaultReport() throws Exception {
        ObjectNode embedded = tree(assess("embedded.json", "--embed-case"));
        String plain = Files.readString(assess("plain.json"));

        ((ObjectNode) embedded.get("provenance")).remove("case");
        assertThat(tree(dir.resolve("plain.json")).get("provenance").has("case")).isFalse();
        assertThat(JsonReportWriter.mapper().writeValueAsString(embedded))
                .isEqualTo(JsonReportWriter.mapper().writeValueAsString(tree(dir.resolve("plain.json"))));
    }

    @Test
    void verify_reportWithEmbeddedCaseAlone_reproducesByteForByte() {
        Path report = assess("embedded.json", "--embed-case");

        CliRun run = CliRun.of("verify", report.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).startsWith("REPRODUCED: " + report + " is byte-identical to a fresh assessment of the case embedded in "
                + report);
    }

    @Test
    void verify_reportWithEmbeddedCaseAndTheCaseFile_reproduces() {
        Path report = assess("embedded.json", "--embed-case");

        CliRun run = CliRun.of("verify", report.toString(), Fixtures.ACME.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).startsWith("REPRODUCED: ");
    }

    @Test
    void verify_embeddedCaseEdited_notReproducedNamingTheInputHashAndTheCase() throws Exception {
        Path report = assess("embedded.json", "--embed-case");
        ObjectNode tree = tree(report);
        ObjectNode company = (ObjectNode) tree.at("/provenance/case/company");
        company.put("employees", new BigDecimal("999"));
        Files.writeString(report, JsonReportWriter.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree));

        CliRun run = CliRun.of("verify", report.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        // The edited case is what was re-run, so its own copy matches; the hash of the original case does not.
        assertThat(run.out()).startsWith("NOT REPRODUCED: ").contains("provenance.inputHash: report sha256:");
    }

    @Test
    void verify_reportWithoutEmbeddedCaseAndNoCaseFile_exit2SayingHowToGiveTheCase() {
        Path report = assess("plain.json");

        CliRun run = CliRun.of("verify", report.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(report + ": the report has no embedded case (provenance.case; it was made without"
                + " --embed-case): give the case file, assay verify REPORT CASE");
    }

    @Test
    void verify_embeddedCaseInvalid_exit2NamingTheReportAndField() throws Exception {
        Path report = assess("embedded.json", "--embed-case");
        ObjectNode tree = tree(report);
        ((ObjectNode) tree.at("/provenance/case/company")).put("employees", "many");
        Files.writeString(report, JsonReportWriter.mapper().writeValueAsString(tree));

        CliRun run = CliRun.of("verify", report.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(report + "#provenance.case").contains("company.employees");
    }

    @Test
    void assess_embedCaseWithMarkdown_exit2() {
        CliRun run = CliRun.of("assess", Fixtures.ACME.toString(), "--format", "md", "--embed-case");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--embed-case applies to JSON reports (the form verify reads), not to --format md");
    }

    @Test
    void batch_embedCase_everyReportLineCarriesItsCase() throws Exception {
        Path out = dir.resolve("reports.jsonl");
        CliRun run = CliRun.of("batch", Fixtures.ROOT.resolve("examples/batch/examples.jsonl").toString(), "--jobs", "1",
                "--embed-case", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        var lines = Files.readAllLines(out);
        assertThat(lines).hasSize(7);
        for (String line : lines) {
            JsonNode r = JsonReportWriter.mapper().reader().with(JsonNodeFactory.withExactBigDecimals(true)).readTree(line);
            assertThat(r.at("/provenance/case/id").asText()).isEqualTo(r.path("caseId").asText());
            assertThat(sha256(JsonReportWriter.mapper().writeValueAsString(r.at("/provenance/case"))))
                    .isEqualTo(r.at("/provenance/inputHash").asText());
        }
    }
}
