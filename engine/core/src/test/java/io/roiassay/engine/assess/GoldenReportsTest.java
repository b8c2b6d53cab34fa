package io.roiassay.engine.assess;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.roiassay.engine.Examples;
import io.roiassay.engine.report.JsonReportWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every shipped example, in both languages, against its committed report
 * ({@code src/test/resources/golden-reports/}, written by {@code ./assay assess X --format json --lang L}).
 * First written before the profiles moved from DRL into decision tables, to prove that move changed no
 * figure; rewritten only on purpose, when a change moves figures deliberately (the commit says which and
 * why). Figures, findings, grades, recommendations and messages must not move otherwise. Only what says
 * where an assumption comes from may differ: each assumption's note and rule/file/row (and the margin note
 * a finding quotes as evidence), the provenance block, and the trace entries of the profile rules.
 */
class GoldenReportsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static List<String[]> examples() {
        List<String[]> out = new ArrayList<>();
        for (String name : List.of("acme-retail", "seed-000-benefit-1m-cost-500k", "seed-001-gross-profit-525",
                "seed-001-new-profit-1000", "seed-004-first-year-tco", "tcm-pharma-service", "vendor-claim-audit")) {
            out.add(new String[] {name, "en"});
            out.add(new String[] {name, "zh-CN"});
        }
        return out;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("examples")
    void report_afterProfilesMovedToTables_sameFiguresFindingsAndGrades(String name, String lang) throws Exception {
        JsonNode expected = golden(name + "." + lang + ".json");
        var report = Examples.assay().engine().assess(Examples.read(name + ".yaml"), lang);
        JsonNode actual = JSON.readTree(JsonReportWriter.pretty(report));
        assertThat(withoutProvenanceOfAssumptions(actual).toPrettyString())
                .isEqualTo(withoutProvenanceOfAssumptions(expected).toPrettyString());
    }

    private static JsonNode golden(String file) throws IOException {
        try (InputStream in = GoldenReportsTest.class.getResourceAsStream("/golden-reports/" + file)) {
            assertThat(in).as("golden report " + file).isNotNull();
            return JSON.readTree(in);
        }
    }

    /** The report with the keys that only say where an assumption comes from removed. */
    static JsonNode withoutProvenanceOfAssumptions(JsonNode report) {
        ObjectNode r = report.deepCopy();
        r.remove("provenance"); // build commit, rules hash and rule-file hashes: they change with every commit
        for (JsonNode a : r.get("profile").get("assumptions")) {
            ((ObjectNode) a).retain("value");
        }
        for (JsonNode f : r.get("findings")) {
            if (f.get("evidence") instanceof ObjectNode evidence) {
                evidence.remove("marginSource"); // the note of the margin assumption used
            }
        }
        ArrayNode trace = (ArrayNode) r.get("trace");
        for (Iterator<JsonNode> it = trace.elements(); it.hasNext(); ) {
            if (it.next().get("file").asText().startsWith("profiles/")) {
                it.remove();
            }
        }
        return r;
    }
}
