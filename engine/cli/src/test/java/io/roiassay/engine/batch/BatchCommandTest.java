package io.roiassay.engine.batch;

import com.fasterxml.jackson.databind.JsonNode;
import io.roiassay.engine.Examples;
import io.roiassay.engine.caseio.CaseReader;
import io.roiassay.engine.cli.CliRun;
import io.roiassay.engine.report.InputHash;
import io.roiassay.engine.report.JsonReportWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code assay batch}: order, error records, exit codes, equality with {@code assess}. */
class BatchCommandTest {

    private static final List<String> EXAMPLES = List.of("acme-retail.yaml", "seed-001-gross-profit-525.yaml",
            "seed-004-first-year-tco.yaml", "vendor-claim-audit.yaml", "tcm-pharma-service.yaml");

    @TempDir
    static Path tmp;

    private static Path jsonl;
    private static List<String> caseJson;

    @BeforeAll
    static void writeInput() throws Exception {
        caseJson = new ArrayList<>();
        for (String f : EXAMPLES) {
            caseJson.add(InputHash.canonicalJson(Examples.read(f)));
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            lines.add(caseJson.get(i % caseJson.size()));
            if (i == 7) {
                lines.add("");                                                  // line 9: blank, skipped
                lines.add("{\"format\": \"roi-assay/case-1\", \"id\": \"Bad Id\"}"); // line 10: rejected
            }
            if (i == 20) {
                lines.add("{not json");                                         // rejected
            }
        }
        jsonl = tmp.resolve("cases.jsonl");
        Files.write(jsonl, lines);
    }

    @Test
    void batch_jsonl_oneLinePerInputInOrderWithErrorRecords() throws Exception {
        CliRun run = CliRun.of("batch", jsonl.toString(), "--jobs", "2");
        assertThat(run.exitCode()).isEqualTo(2);
        List<String> out = run.out().lines().toList();
        assertThat(out).hasSize(42);
        List<String> ids = new ArrayList<>();
        for (String line : out) {
            JsonNode n = JsonReportWriter.mapper().readTree(line);
            ids.add(n.path("format").asText().equals("roi-assay/error-1") ? "error@" + n.path("line").asInt()
                    : n.path("caseId").asText());
        }
        assertThat(ids.get(0)).isEqualTo("acme-retail-2025");
        assertThat(ids.get(8)).isEqualTo("error@10");
        assertThat(ids.get(22)).isEqualTo("error@24");
        assertThat(ids.get(41)).isEqualTo("tcm-pharma-service");
        JsonNode bad = JsonReportWriter.mapper().readTree(out.get(8));
        assertThat(bad.path("errors").toString()).contains("\"path\":\"id\"").contains("\"path\":\"currency\"")
                .contains("required field is missing");
        assertThat(run.err()).contains("assessed 40, rejected 2").contains("cases/s");
        // 40 reports of 5 cases: 35 repeat an id; the two rejected lines name no valid id.
        assertThat(run.err()).contains("assay batch: warning: 35 inputs repeat the case id of an earlier input (first: "
                + "line 6 repeats the case id 'acme-retail-2025')");
    }

    @Test
    void batch_lineEqualsAssessForTheSameCase() throws Exception {
        CliRun run = CliRun.of("batch", jsonl.toString(), "--jobs", "1");
        String first = run.out().lines().findFirst().orElseThrow();
        String assess = JsonReportWriter.compact(Examples.assay().assess(
                new CaseReader().read(caseJson.get(0), "x.json", true)));
        assertThat(first).isEqualTo(assess);
        // batch draws nothing by default: its line is assess --draws 0
        CliRun assessRun = CliRun.of("assess", "../../examples/acme-retail.yaml", "--draws", "0");
        assertThat(JsonReportWriter.mapper().readTree(first)).isEqualTo(JsonReportWriter.mapper().readTree(assessRun.out()));
    }

    @Test
    void batch_withDraws_equalsAssessWithItsDefaults_whateverTheJobs() throws Exception {
        CliRun run = CliRun.of("batch", jsonl.toString(), "--jobs", "2", "--draws", "10000", "--seed", "1");
        String first = run.out().lines().findFirst().orElseThrow();
        CliRun assessRun = CliRun.of("assess", "../../examples/acme-retail.yaml");

        assertThat(JsonReportWriter.mapper().readTree(first)).isEqualTo(JsonReportWriter.mapper().readTree(assessRun.out()));
        assertThat(JsonReportWriter.mapper().readTree(first).at("/uncertainty/draws").asInt()).isEqualTo(10_000);
    }

    @Test
    void batch_lineThatIsNotUtf8_refusedWithItsNumber_asAssessRefusesIt_theOthersAssessed() throws Exception {
        Path mixed = tmp.resolve("latin1.jsonl");
        byte[] good = (caseJson.get(0) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bad = caseJson.get(0).replace("Acme Retail", "Acme R\u00e9tail").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        try (var out = Files.newOutputStream(mixed)) {
            out.write(good);
            out.write(bad);
            out.write('\n');
            out.write(good);
        }
        CliRun run = CliRun.of("batch", mixed.toString(), "--jobs", "1");

        assertThat(run.exitCode()).isEqualTo(2);
        List<String> out = run.out().lines().toList();
        assertThat(out).hasSize(3);
        JsonNode error = JsonReportWriter.mapper().readTree(out.get(1));
        assertThat(error.path("line").asInt()).isEqualTo(2);
        assertThat(error.at("/errors/0/message").asText()).isEqualTo("the text is not UTF-8; save it as UTF-8");
        assertThat(out.get(0)).isEqualTo(out.get(2));
        assertThat(run.out()).doesNotContain("\uFFFD");
    }

    @Test
    void batch_ruleThatFailsOnSomeCases_exits3LikeAssess_andSaysHowManyInItsSummary() throws Exception {
        // an overlay table whose retail row has a margin typed as a percentage (28 for 0.28): acme-retail (retail)
        // fails in the rule pack, the other examples are assessed (a cell that is not a number at all is refused
        // before any case: rules check's table checks, see the next test)
        String table = Files.readString(Path.of("../../rules/profiles/assumptions.drl.csv"));
        String broken = table.replace("Industry profile: retail,30,retail,,,profile,0.30,", "Industry profile: retail,30,retail,,,profile,28,");
        assertThat(broken).isNotEqualTo(table);
        Path overlay = tmp.resolve("broken-overlay");
        Files.createDirectories(overlay.resolve("profiles"));
        Files.writeString(overlay.resolve("profiles/assumptions.drl.csv"), broken);

        CliRun run = CliRun.of("batch", "../../examples/batch/examples.jsonl", "--jobs", "1", "--rules", overlay.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        JsonNode first = JsonReportWriter.mapper().readTree(run.out().lines().findFirst().orElseThrow());
        assertThat(first.at("/errors/0/path").asText()).isEqualTo("(rules)");
        assertThat(first.at("/errors/0/message").asText()).startsWith("the rule pack failed on this case:")
                .contains("typicalGrossMargin = 28 is outside 0..1");
        assertThat(run.err()).contains("rejected 1 (1 of them because the rule pack failed)");
        assertThat(run.err()).as("seven cases, seven ids: no repeat warning").doesNotContain("warning");
    }

    @Test
    void batch_overlayTableWithACellThatIsNotANumber_isRefusedBeforeAnyCase_namingTheCell() throws Exception {
        String table = Files.readString(Path.of("../../rules/profiles/assumptions.drl.csv"));
        Path overlay = tmp.resolve("abc-overlay");
        Files.createDirectories(overlay.resolve("profiles"));
        Files.writeString(overlay.resolve("profiles/assumptions.drl.csv"), table.replace(
                "Industry profile: retail,30,retail,,,profile,0.30,", "Industry profile: retail,30,retail,,,profile,abc,"));

        CliRun run = CliRun.of("batch", "../../examples/batch/examples.jsonl", "--jobs", "1", "--rules", overlay.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("profiles/assumptions.drl.csv:11:").contains("gives G (typicalGrossMargin) as 'abc',"
                + " which is not a number: write a number such as 0.28");
    }

    @Test
    void batch_oneJobAndTwoJobs_byteIdentical() {
        String one = CliRun.of("batch", jsonl.toString(), "--jobs", "1").out();
        String two = CliRun.of("batch", jsonl.toString(), "--jobs", "2").out();
        assertThat(two).isEqualTo(one);
    }

    @Test
    void batch_directory_sortedByNameWithFileNamesInErrors() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("dir"));
        Files.copy(Examples.dir().resolve("seed-001-new-profit-1000.yaml"), dir.resolve("b.yaml"));
        Files.copy(Examples.dir().resolve("seed-000-benefit-1m-cost-500k.yaml"), dir.resolve("a.yaml"));
        Files.writeString(dir.resolve("c.json"), "{\"format\": \"roi-assay/case-1\"}");
        Files.writeString(dir.resolve("notes.txt"), "ignored");
        // a Mac's resource fork beside a case, and a hidden file: skipped (an analyst review: row 1 of the batch, exit 2)
        Files.writeString(dir.resolve("._a.yaml"), "\u0000\u0005binary");
        Files.writeString(dir.resolve(".hidden.json"), "{}");
        CliRun run = CliRun.of("batch", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        List<String> out = run.out().lines().toList();
        assertThat(out).hasSize(3);
        assertThat(out.get(0)).contains("\"caseId\":\"seed-000-benefit-1m-cost-500k\"");
        assertThat(out.get(1)).contains("\"caseId\":\"seed-001-new-profit-1000\"");
        assertThat(out.get(2)).startsWith("{\"format\":\"roi-assay/error-1\",\"file\":\"c.json\"");
    }

    @Test
    void batch_directoryWithoutCaseFiles_exit2NamingIt_andTheJsonlFileItHolds() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Path withJsonl = Files.createDirectories(tmp.resolve("with-jsonl"));
        Files.writeString(withJsonl.resolve("cases.jsonl"), "{}\n");

        CliRun none = CliRun.of("batch", empty.toString());
        CliRun jsonlOnly = CliRun.of("batch", withJsonl.toString());

        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.out()).isEmpty();
        assertThat(none.err()).contains("batch input " + empty + " holds no case files (.yaml, .yml or .json directly inside it)")
                .doesNotContain("JSONL").doesNotContain("\tat ");
        assertThat(jsonlOnly.exitCode()).isEqualTo(2);
        assertThat(jsonlOnly.err()).contains("a JSONL file is read when it is the input itself: "
                + withJsonl.resolve("cases.jsonl"));
    }

    @Test
    void batch_jsonlWithNoCase_exit2LikeAnEmptyFolder_notASuccess() throws Exception {
        Path blank = tmp.resolve("blank.jsonl");
        Files.writeString(blank, "\n  \n");
        CliRun run = CliRun.of("batch", blank.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        // no summary line first: "assessed 0, rejected 0, 0 cases/s" would read like a run that happened
        assertThat(run.err()).doesNotContain("assessed 0, rejected 0").contains(blank + " holds no case (no line that is not blank)");
        Path empty = Files.writeString(tmp.resolve("empty.jsonl"), "");
        assertThat(CliRun.of("batch", empty.toString(), "--output", "summary").exitCode()).isEqualTo(2);
    }

    @Test
    void batch_allGood_exit0AndOutWrittenAtomically() throws Exception {
        Path good = tmp.resolve("good.jsonl");
        Files.write(good, caseJson);
        Path out = tmp.resolve("reports.jsonl");
        CliRun run = CliRun.of("batch", good.toString(), "--out", out.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readAllLines(out)).hasSize(caseJson.size());
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void batch_missingInput_exit2() {
        CliRun run = CliRun.of("batch", tmp.resolve("none.jsonl").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("does not exist");
    }
}
