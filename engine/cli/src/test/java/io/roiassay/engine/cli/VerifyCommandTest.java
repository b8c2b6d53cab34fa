package io.roiassay.engine.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.roiassay.engine.report.JsonReportWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class VerifyCommandTest {

    @TempDir
    Path dir;

    private Path savedReport() {
        Path report = dir.resolve("acme.json");
        assertThat(CliRun.of("assess", Fixtures.ACME.toString(), "--out", report.toString()).exitCode()).isZero();
        return report;
    }

    @Test
    void verify_unchangedReport_reproducesByteForByte() {
        CliRun run = CliRun.of("verify", savedReport().toString(), Fixtures.ACME.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("REPRODUCED: ").contains("byte-identical").contains("sha256:");
    }

    @Test
    void verify_editedFigure_doesNotReproduceAndNamesThePath() throws Exception {
        Path report = savedReport();
        ObjectNode tree = (ObjectNode) JsonReportWriter.mapper().reader()
                .with(JsonNodeFactory.withExactBigDecimals(true)).readTree(Files.readString(report));
        String real = tree.at("/financials/adjusted/npv").decimalValue().toPlainString();
        ((ObjectNode) tree.at("/financials/adjusted")).put("npv", new BigDecimal("1200.00"));
        Files.writeString(report, JsonReportWriter.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree));

        CliRun run = CliRun.of("verify", report.toString(), Fixtures.ACME.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("NOT REPRODUCED: ")
                .contains("Figures (1):\n  financials.adjusted.npv: report 1200.00 vs now " + real + "\n")
                .doesNotContain("Provenance");
    }

    @Test
    void verify_overlayChangingAThreshold_namesRulesHashFirstThenVerdict() throws Exception {
        Path report = savedReport();
        Path overlay = Fixtures.lowerMarginalThreshold(dir);
        CliRun run = CliRun.of("verify", report.toString(), Fixtures.ACME.toString(), "--rules", overlay.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        String out = run.out();
        assertThat(out).containsPattern("  provenance.rulesHash: report sha256:[0-9a-f]{64} vs now sha256:[0-9a-f]{64}\n")
                .contains("  verdict.grade: report negative vs now marginal\n");
        assertThat(out.indexOf("Provenance")).isLessThan(out.indexOf("Verdict"));
    }

    @Test
    void verify_notAReport_isBadInput() throws Exception {
        Path notReport = Fixtures.write(dir.resolve("x.json"), "{\"format\": \"roi-assay/case-1\"}");
        CliRun run = CliRun.of("verify", notReport.toString(), Fixtures.ACME.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("format is 'roi-assay/case-1'; expected roi-assay/report-1");
    }

    @Test
    void verifyAndDiff_secondJsonValueAfterTheReport_isBadInput() throws Exception {
        Path report = savedReport();
        Path appended = Fixtures.write(dir.resolve("appended.json"),
                Files.readString(report) + "{\"verdict\": {\"grade\": \"strong\"}}\n");
        CliRun verify = CliRun.of("verify", appended.toString(), Fixtures.ACME.toString());
        assertThat(verify.exitCode()).as(verify.out()).isEqualTo(2);
        assertThat(verify.err()).contains("appended.json:").contains("not a JSON report").contains("Trailing token");
        CliRun diff = CliRun.of("diff", report.toString(), appended.toString());
        assertThat(diff.exitCode()).isEqualTo(2);
    }

    @Test
    void verifyAndDiff_keyGivenTwice_isBadInput_notReadAsItsLastValue() throws Exception {
        Path report = savedReport();
        String text = Files.readString(report);
        assertThat(text).contains("\"grade\": \"negative\",");
        Path forged = Fixtures.write(dir.resolve("forged.json"),
                text.replaceFirst("\"grade\": \"negative\",", "\"grade\": \"strong\", \"grade\": \"negative\","));
        CliRun verify = CliRun.of("verify", forged.toString(), Fixtures.ACME.toString());
        assertThat(verify.exitCode()).as(verify.out()).isEqualTo(2);
        assertThat(verify.err()).contains("forged.json:").contains("Duplicate field 'grade'");
        assertThat(CliRun.of("diff", report.toString(), forged.toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void verifyAndDiff_reportSkeleton_isBadInput() throws Exception {
        Path skeleton = Fixtures.write(dir.resolve("skeleton.json"), "{\"format\": \"roi-assay/report-1\"}");
        CliRun verify = CliRun.of("verify", skeleton.toString(), Fixtures.ACME.toString());
        assertThat(verify.exitCode()).isEqualTo(2);
        assertThat(verify.err()).contains("skeleton.json: caseId is missing; every roi-assay/report-1 has it");
        assertThat(CliRun.of("diff", skeleton.toString(), skeleton.toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void verifyAndDiff_reportWithoutAVerdict_isStillAReport() throws Exception {
        Path report = savedReport();
        ObjectNode tree = (ObjectNode) JsonReportWriter.mapper().readTree(Files.readString(report));
        tree.putNull("verdict"); // what a report says when no verdict rule fired (an overlay's pack)
        Path none = Fixtures.write(dir.resolve("none.json"), JsonReportWriter.mapper().writeValueAsString(tree));
        assertThat(CliRun.of("verify", none.toString(), Fixtures.ACME.toString()).exitCode()).isEqualTo(1);
        assertThat(CliRun.of("diff", report.toString(), none.toString()).exitCode()).isZero();
    }

    @Test
    void verify_drawsOutOfRange_isBadInput_notARunWithoutDraws() throws Exception {
        Path report = dir.resolve("draws.json");
        assertThat(CliRun.of("assess", Fixtures.ACME.toString(), "--draws", "500", "--seed", "7", "--out",
                report.toString()).exitCode()).isZero();
        String text = Files.readString(report);
        assertThat(text).contains("\"draws\": 500,");
        Path edited = Fixtures.write(dir.resolve("edited.json"), text.replace("\"draws\": 500,", "\"draws\": -5,"));
        CliRun run = CliRun.of("verify", edited.toString(), Fixtures.ACME.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("edited.json: uncertainty.draws is -5; a report's draws are a whole number from 0 to 10000000");
    }

    @Test
    void verify_figureWrittenAsText_isShownQuoted_notLikeTheNumber_andCaseIdIsProvenance() throws Exception {
        Path report = savedReport();
        ObjectNode tree = (ObjectNode) JsonReportWriter.mapper().reader()
                .with(JsonNodeFactory.withExactBigDecimals(true)).readTree(Files.readString(report));
        String real = tree.at("/financials/adjusted/npv").decimalValue().toPlainString();
        ((ObjectNode) tree.at("/financials/adjusted")).put("npv", real);
        tree.put("caseId", "someone-else");
        Files.writeString(report, JsonReportWriter.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree));

        CliRun run = CliRun.of("verify", report.toString(), Fixtures.ACME.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("  financials.adjusted.npv: report \"" + real + "\" vs now " + real + "\n")
                .containsPattern("Provenance \\(\\d+\\):\n(  .*\n)*  caseId: report someone-else vs now acme-retail-2025\n");
    }

    @Test
    void verify_unreadableJson_isBadInputWithLine() throws Exception {
        Path broken = Fixtures.write(dir.resolve("broken.json"), "{\n  \"format\": \n");
        CliRun run = CliRun.of("verify", broken.toString(), Fixtures.ACME.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("broken.json:").contains("not a JSON report");
    }

    @Test
    void verify_badCase_isBadInput() throws Exception {
        Path report = savedReport();
        Path badCase = Fixtures.write(dir.resolve("bad.yaml"), "format: roi-assay/case-1\nid: x\n");
        CliRun run = CliRun.of("verify", report.toString(), badCase.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("bad.yaml");
    }
}
