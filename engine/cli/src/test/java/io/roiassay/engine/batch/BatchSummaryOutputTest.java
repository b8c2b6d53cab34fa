package io.roiassay.engine.batch;

import com.fasterxml.jackson.databind.JsonNode;
import io.roiassay.engine.Examples;
import io.roiassay.engine.cli.CliRun;
import io.roiassay.engine.report.InputHash;
import io.roiassay.engine.report.JsonReportWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code assay batch --output summary|both}: the analysts' CSV table, beside or instead of the reports. */
class BatchSummaryOutputTest {

    private static final List<String> EXAMPLES = List.of("acme-retail.yaml", "seed-004-first-year-tco.yaml",
            "vendor-claim-audit.yaml", "tcm-pharma-service.yaml");

    @TempDir
    static Path tmp;

    private static Path jsonl;

    @BeforeAll
    static void writeInput() throws Exception {
        List<String> lines = new ArrayList<>();
        for (String f : EXAMPLES) {
            lines.add(InputHash.canonicalJson(Examples.read(f)));
        }
        lines.add("{\"format\": \"roi-assay/case-1\", \"id\": \"Bad Id\"}");   // line 5: rejected
        lines.add("{\"format\": \"roi-assay/case-1\", \"id\": \"named-1\", \"currency\": \"CNY\"}");   // line 6: rejected, names its id
        jsonl = tmp.resolve("cases.jsonl");
        Files.write(jsonl, lines);
    }

    @Test
    void summary_headerThenOneRowPerInputInOrder_matchingTheReports() throws Exception {
        CliRun table = CliRun.of("batch", jsonl.toString(), "--jobs", "2", "--output", "summary");
        CliRun reports = CliRun.of("batch", jsonl.toString(), "--jobs", "1");
        assertThat(table.exitCode()).isEqualTo(2);
        List<String> rows = table.out().lines().toList();
        assertThat(rows).hasSize(7);
        assertThat(rows.get(0)).isEqualTo("source,caseId,title,industry,currency,grade,confidence,enteredRoiPercent,"
                + "adjustedRoiPercent,adjustedNpv,adjustedPaybackMonths,benefitTolerancePercent,majorFindings,"
                + "majorFindingCodes,error");
        List<String> reportLines = reports.out().lines().toList();
        for (int i = 0; i < EXAMPLES.size(); i++) {
            JsonNode r = JsonReportWriter.mapper().readTree(reportLines.get(i));
            List<String> cells = SummaryCsvTest.parse(rows.get(i + 1));
            assertThat(cells.get(0)).isEqualTo("line " + (i + 1));
            assertThat(cells.get(1)).isEqualTo(r.path("caseId").asText());
            assertThat(cells.get(3)).isEqualTo(r.path("profile").path("industry").asText());
            assertThat(cells.get(5)).isEqualTo(r.path("verdict").path("grade").asText());
            assertThat(cells.get(6)).isEqualTo(r.path("verdict").path("confidence").asText());
            JsonNode adjusted = r.path("financials").path("adjusted");
            assertThat(new BigDecimal(cells.get(7))).isEqualByComparingTo(
                    r.path("financials").path("entered").path("roiPercent").decimalValue());
            assertThat(new BigDecimal(cells.get(8))).isEqualByComparingTo(adjusted.path("roiPercent").decimalValue());
            assertThat(new BigDecimal(cells.get(9))).isEqualByComparingTo(adjusted.path("npv").decimalValue());
            assertThat(new BigDecimal(cells.get(11))).isEqualByComparingTo(
                    r.path("sensitivity").path("benefitTolerancePercent").decimalValue());
            long major = 0;
            for (JsonNode f : r.path("findings")) {
                major += "major".equals(f.path("severity").asText()) ? 1 : 0;
            }
            assertThat(cells.get(12)).isEqualTo(Long.toString(major));
        }
        List<String> error = SummaryCsvTest.parse(rows.get(5));
        assertThat(error.get(0)).isEqualTo("line 5");
        assertThat(error.get(1)).as("an id that is itself invalid is not repeated as one").isEmpty();
        assertThat(error.get(5)).isEqualTo("error");
        assertThat(error.get(14)).contains("(+");
        List<String> named = SummaryCsvTest.parse(rows.get(6));
        assertThat(named.subList(0, 2)).containsExactly("line 6", "named-1");
        assertThat(named.get(5)).isEqualTo("error");
        assertThat(reportLines.get(5)).startsWith("{\"format\":\"roi-assay/error-1\",\"line\":6,\"caseId\":\"named-1\",\"errors\":[");
        assertThat(reportLines.get(4)).startsWith("{\"format\":\"roi-assay/error-1\",\"line\":5,\"errors\":[");
        assertThat(table.err()).contains("assessed 4, rejected 2");
    }

    @Test
    void summary_acmeRetailRow_carriesItsChineseTitleAndMajorCodes() throws Exception {
        CliRun table = CliRun.of("batch", jsonl.toString(), "--output", "summary");
        List<String> acme = SummaryCsvTest.parse(table.out().lines().toList().get(1));
        assertThat(acme.get(1)).isEqualTo("acme-retail-2025");
        assertThat(acme.get(2)).isEqualTo("华东某零售连锁 CRM 投资评估");
        assertThat(acme.get(3)).isEqualTo("retail");
        assertThat(acme.get(4)).isEqualTo("CNY");
        int major = Integer.parseInt(acme.get(12));
        assertThat(acme.get(13).isEmpty() ? 0 : acme.get(13).split(" ").length).isLessThanOrEqualTo(major);
    }

    @Test
    void both_reportsToOut_tableToSummaryFile_eachEqualToItsOwnMode() throws Exception {
        Path out = tmp.resolve("reports.jsonl");
        Path csv = tmp.resolve("summary.csv");
        CliRun both = CliRun.of("batch", jsonl.toString(), "--output", "both", "--out", out.toString(),
                "--summary", csv.toString());
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.out()).isEmpty();
        assertThat(Files.readString(out)).isEqualTo(CliRun.of("batch", jsonl.toString()).out());
        assertThat(Files.readString(csv)).isEqualTo(CliRun.of("batch", jsonl.toString(), "--output", "summary").out());
    }

    @Test
    void bom_startsTheTableWithTheUtf8ByteOrderMark() throws Exception {
        Path csv = tmp.resolve("bom.csv");
        CliRun.of("batch", jsonl.toString(), "--output", "summary", "--bom", "--out", csv.toString());
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        assertThat(bytes[1]).isEqualTo((byte) 0xBB);
        assertThat(bytes[2]).isEqualTo((byte) 0xBF);
        assertThat(new String(bytes, 3, 6, StandardCharsets.UTF_8)).isEqualTo("source");
    }

    @Test
    void options_inconsistentOutputOptions_exit2WithTheReason() {
        assertThat(CliRun.of("batch", jsonl.toString(), "--output", "table"))
                .satisfies(r -> assertThat(r.exitCode()).isEqualTo(2))
                .satisfies(r -> assertThat(r.err()).contains("--output must be reports, summary or both"));
        assertThat(CliRun.of("batch", jsonl.toString(), "--output", "both").err()).contains("needs --summary FILE");
        assertThat(CliRun.of("batch", jsonl.toString(), "--summary", tmp.resolve("x.csv").toString()).err())
                .contains("goes with --output both");
        assertThat(CliRun.of("batch", jsonl.toString(), "--bom").err()).contains("--bom applies to the summary");
    }
}
