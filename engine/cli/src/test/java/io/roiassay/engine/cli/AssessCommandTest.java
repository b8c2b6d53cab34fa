package io.roiassay.engine.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class AssessCommandTest {

    private static final String EXAMPLES = "../../examples/";

    @TempDir
    Path tmp;

    @Test
    void assess_example_writesJsonReportToStdout() {
        CliRun run = CliRun.of("assess", EXAMPLES + "seed-001-gross-profit-525.yaml", "--plugins", tmp.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("{\n  \"format\": \"roi-assay/report-1\",\n  \"caseId\": \"seed-001-gross-profit-525\"");
        assertThat(run.out()).contains("\"simpleRoiPercent\": 525.00");
    }

    @Test
    void assess_markdownInChinese_usesChineseLabels() {
        CliRun run = CliRun.of("assess", EXAMPLES + "acme-retail.yaml", "--format", "md", "--lang", "zh-CN");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("# CRM 投资回报评估：华东某零售连锁 CRM 投资评估").contains("## 结论", "## 发现的问题");
    }

    @Test
    void assess_out_writesFileAtomicallyAndNothingToStdout() throws Exception {
        Path out = tmp.resolve("report.json");
        CliRun run = CliRun.of("assess", EXAMPLES + "acme-retail.yaml", "--out", out.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(out)).startsWith("{").endsWith("}\n");
        try (var files = Files.list(tmp)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void assess_badCaseAndBrokenRules_theCaseIsAnsweredFirst_exit2_validCaseAndBrokenRules_exit3() throws Exception {
        Path rules = Files.createDirectories(tmp.resolve("rules/mistakes"));
        Files.writeString(rules.resolve("broken.drl"), "rule \"broken\" agenda-group \"findings\" when Nope() then end\n");
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, "format: roi-assay/case-1\nid: bad\ncurrency: CNY\ncompany: { industry: retail }\n"
                + "costs:\n  - category: training\n    amount: -5\n");

        CliRun badCase = CliRun.of("assess", bad.toString(), "--rules", tmp.resolve("rules").toString());
        assertThat(badCase.exitCode()).isEqualTo(2);
        assertThat(badCase.err()).contains("costs[0].amount").doesNotContain("broken.drl");

        CliRun goodCase = CliRun.of("assess", EXAMPLES + "acme-retail.yaml", "--rules", tmp.resolve("rules").toString());
        assertThat(goodCase.exitCode()).isEqualTo(3);
        assertThat(goodCase.err()).contains("broken.drl");
        assertThat(goodCase.out()).isEmpty();
    }

    @Test
    void assess_badCase_exit2NamesFieldAndLineAndWritesNothing() throws Exception {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, """
                format: roi-assay/case-1
                id: bad
                currency: CNY
                company: { industry: retail }
                costs:
                  - category: training
                    amount: -5
                """);
        Path out = tmp.resolve("never.json");
        CliRun run = CliRun.of("assess", bad.toString(), "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("bad.yaml:7:").contains("costs[0].amount").contains("-5");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
        assertThat(out).doesNotExist();
    }

    @Test
    void assess_missingFile_exit2() {
        CliRun run = CliRun.of("assess", tmp.resolve("nope.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("nope.yaml");
    }

    @Test
    void assess_standardInput_exit2SayingItReadsAFile_notFileNotFound() {
        CliRun run = CliRun.of("assess", "-");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("assess reads one case file, not standard input ('-')");
    }

    @Test
    void assess_unknownLanguage_exit2() {
        CliRun run = CliRun.of("assess", EXAMPLES + "acme-retail.yaml", "--lang", "fr");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--lang must be en or zh-CN");
    }

    @Test
    void assess_unknownOption_exit2WithUsageHint() {
        CliRun run = CliRun.of("assess", EXAMPLES + "acme-retail.yaml", "--colour");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--colour").contains("--help");
    }

    @Test
    void assess_overlayWithCompileError_exit3NamesFileAndLine() throws Exception {
        Path rules = Files.createDirectories(tmp.resolve("my-rules/mistakes"));
        Files.writeString(rules.resolve("broken.drl"), """
                package my.rules;
                import io.roiassay.engine.facts.*;
                global Outcome outcome;

                rule "broken"
                  agenda-group "findings"
                when
                  CaseFact(horizonYears >
                then
                end
                """);
        CliRun run = CliRun.of("assess", EXAMPLES + "acme-retail.yaml", "--rules", tmp.resolve("my-rules").toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("my-rules/mistakes/broken.drl:").containsPattern("broken\\.drl:(8|9|10)");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void assess_overlayAddsAFindingRule_itAppearsWithItsFile() throws Exception {
        Path rules = Files.createDirectories(tmp.resolve("overlay/mistakes"));
        Files.writeString(rules.resolve("big-subscription.drl"), """
                package my.rules;
                import io.roiassay.engine.facts.*;
                global Outcome outcome;

                rule "Subscription above 100k a year"
                  agenda-group "findings"
                when
                  $c: CostFact(category == "subscription", total > 300000B)
                then
                  outcome.finding(drools, "data/large-subscription", "info")
                         .en("The subscription totals {total}.").zh("订阅费合计 {total}。")
                         .evidence("total", $c.getTotal());
                end
                """);
        CliRun run = CliRun.of("assess", EXAMPLES + "acme-retail.yaml", "--rules", tmp.resolve("overlay").toString(),
                "--lang", "en");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"code\": \"data/large-subscription\"", "The subscription totals 360,000.",
                "\"file\": \"mistakes/big-subscription.drl\"");
    }

    @Test
    void version_printsEngineVersion() {
        CliRun run = CliRun.of("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("assay 0.1.0");
    }

    @Test
    void assess_unknownFormat_exit2_namesTheEngineFormats_writesNothing() {
        Path out = tmp.resolve("report.docx");
        CliRun run = CliRun.of("assess", EXAMPLES + "acme-retail.yaml", "--format", "docx", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).endsWith("assay: --format: unknown report format 'docx'; the formats are json, md,"
                + " html, pdf\n");
        assertThat(run.out()).isEmpty();
        assertThat(out).doesNotExist();
    }

    @Test
    void assess_pdfWithoutThePdfModule_exit1_saysWhatIsMissing() {
        // the roi-assay-pdf module is not on this module's test class path (the runnable jar has it): the machine's
        // set-up, like a missing font, neither the case (2) nor the rule pack or a plugin (3)
        CliRun run = CliRun.of("assess", EXAMPLES + "acme-retail.yaml", "--format", "pdf", "--draws", "0");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).endsWith("assay: PDF output is not available: the roi-assay-pdf module is not on the"
                + " class path\n");
    }

    @Test
    void assess_formatNameInCapitals_isTheLowerCaseFormat() {
        CliRun run = CliRun.of("assess", EXAMPLES + "acme-retail.yaml", "--format", "MD", "--draws", "0");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("# ");
    }
}
