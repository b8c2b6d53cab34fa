package io.roiassay.engine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.roiassay.engine.report.JsonReportWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DiffCommandTest {

    @TempDir
    Path dir;

    private Path report(String name, String... assessArgs) {
        Path out = dir.resolve(name);
        String[] args = new String[assessArgs.length + 3];
        args[0] = "assess";
        System.arraycopy(assessArgs, 0, args, 1, assessArgs.length);
        args[args.length - 2] = "--out";
        args[args.length - 1] = out.toString();
        assertThat(CliRun.of(args).exitCode()).isZero();
        return out;
    }

    @Test
    void diff_aNumberNoReportHolds_exit2NamingIt_notAnArithmeticCrash() throws Exception {
        Path a = report("a.json", Fixtures.ACME.toString());
        Path bad = dir.resolve("bad.json");
        java.nio.file.Files.writeString(bad, java.nio.file.Files.readString(a)
                .replaceFirst("\"npv\": -?[0-9.]+", "\"npv\": 1e999999999"));
        CliRun run = CliRun.of("diff", a.toString(), bad.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(bad + ": financials.entered.npv is a number no report holds");
    }

    @Test
    void diff_escapeSequencesInAReport_areShownEscaped_neverSentToTheTerminal() throws Exception {
        Path a = report("a.json", Fixtures.ACME.toString());
        Path evil = dir.resolve("evil.json");
        java.nio.file.Files.writeString(evil, java.nio.file.Files.readString(a)
                .replace("\"caseId\": \"", "\"caseId\": \"\\u001b]0;PWNED\\u0007"));
        CliRun run = CliRun.of("diff", a.toString(), evil.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).doesNotContain("\u001b").doesNotContain("\u0007").contains("\\u001b]0;PWNED\\u0007");
    }

    @Test
    void diff_identicalReports_saysSoAndExits0EvenWithExitCode() {
        Path a = report("a.json", Fixtures.ACME.toString());
        Path b = report("b.json", Fixtures.ACME.toString());
        CliRun run = CliRun.of("diff", a.toString(), b.toString(), "--exit-code");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("The reports are identical: " + a + " and " + b + ".\n");
    }

    @Test
    void diff_addedCost_showsMovedFiguresRemovedFindingAndInputHash() throws Exception {
        Path a = report("a.json", Fixtures.ACME.toString());
        Path b = report("b.json", Fixtures.acmeWithDataMigration(dir).toString());
        CliRun run = CliRun.of("diff", a.toString(), b.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("Figures:\n")
                .containsPattern("  entered\\.totalCosts: [0-9.]+ → [0-9.]+ \\(\\+50000\\.00\\)\n")
                .contains("Findings:\n  - hidden-cost/data-migration [warning] estimate ")
                .containsPattern("Provenance:\n  inputHash: sha256:[0-9a-f]{64} → sha256:[0-9a-f]{64}\n")
                .doesNotContain("Verdict:");
    }

    @Test
    void diff_differentReportsWithExitCode_exits1() throws Exception {
        Path a = report("a.json", Fixtures.ACME.toString());
        Path b = report("b.json", Fixtures.ACME.toString(), "--rules", Fixtures.lowerMarginalThreshold(dir).toString());
        CliRun run = CliRun.of("diff", a.toString(), b.toString(), "--exit-code");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("Verdict:\n  grade: negative → marginal\n").contains("  rulesHash: sha256:")
                .doesNotContain("Figures:");
    }

    @Test
    void diff_jsonFormat_isMachineReadable() throws Exception {
        Path a = report("a.json", Fixtures.ACME.toString());
        Path b = report("b.json", Fixtures.acmeWithDataMigration(dir).toString());
        CliRun run = CliRun.of("diff", a.toString(), b.toString(), "--format", "json");
        assertThat(run.exitCode()).isZero();
        JsonNode json = JsonReportWriter.mapper().readTree(run.out());
        assertThat(json.get("identical").asBoolean()).isFalse();
        assertThat(json.at("/findings/removed/0").asText()).startsWith("hidden-cost/data-migration");
        assertThat(json.at("/findings/added")).isEmpty();
        JsonNode totalCosts = null;
        for (JsonNode f : json.get("figures")) {
            if (f.get("path").asText().equals("entered.totalCosts")) {
                totalCosts = f;
            }
        }
        assertThat(totalCosts).isNotNull();
        assertThat(totalCosts.get("delta").decimalValue()).isEqualByComparingTo("50000");
        // the reports' own values, typed: a number stays a number, so a - b needs no parsing
        assertThat(totalCosts.get("a").isNumber()).isTrue();
        assertThat(totalCosts.get("b").decimalValue().subtract(totalCosts.get("a").decimalValue()))
                .isEqualByComparingTo("50000");
    }

    @Test
    void diff_reportsInDifferentCurrencies_sayItAndGiveNoFigureDeltas() throws Exception {
        Path a = report("a.json", Fixtures.ACME.toString(), "--draws", "0");
        Path b = report("b.json", Fixtures.ROOT.resolve("examples/vendor-claim-audit.yaml").toString(), "--draws", "0");
        String out = CliRun.of("diff", a.toString(), b.toString()).out();
        assertThat(out).contains("The reports are in different currencies: figures are compared as written, with no differences.")
                .contains("  entered.totalCosts: 540000.00 → 180000.00\n")
                .contains("Provenance:").contains("  currency: CNY → USD\n");
        JsonNode json = JsonReportWriter.mapper().readTree(CliRun.of("diff", a.toString(), b.toString(), "--format", "json").out());
        assertThat(json.get("sameCurrency").asBoolean()).isFalse();
        for (JsonNode f : json.get("figures")) {
            assertThat(f.has("delta")).as(f.toString()).isFalse();
        }
    }

    @Test
    void diff_drawsAndAFindingsRule_areNamedInTheirSections_notCountedAsOther() throws Exception {
        Path a = report("a.json", Fixtures.ACME.toString(), "--draws", "0");
        Path b = report("b.json", Fixtures.ACME.toString(), "--draws", "1000", "--seed", "7");
        String text = java.nio.file.Files.readString(b);
        assertThat(text).contains("\"file\": \"mistakes/double-counting.drl\"");
        int inFindings = text.indexOf("\"file\": \"mistakes/double-counting.drl\"", text.indexOf("\"findings\": ["));
        java.nio.file.Files.writeString(b, text.substring(0, inFindings) + "\"file\": \"mistakes/elsewhere.drl\""
                + text.substring(inFindings + "\"file\": \"mistakes/double-counting.drl\"".length()));
        String out = CliRun.of("diff", a.toString(), b.toString()).out();
        assertThat(out).contains("Ranges (sensitivity, Monte Carlo):\n  uncertainty: null → {\"draws\":1000,\"seed\":7,")
                .contains("Findings:\n  ~ [mistake/double-counting].rule.file: mistakes/double-counting.drl → mistakes/elsewhere.drl\n");
    }

    @Test
    void diff_badFile_exits2() throws Exception {
        Path a = report("a.json", Fixtures.ACME.toString());
        CliRun run = CliRun.of("diff", a.toString(), dir.resolve("missing.json").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("missing.json: file not found");
    }

    @Test
    void diff_deviceOrNonUtf8File_exits2WithAPlainReason_neverHangs() throws Exception {
        Path a = report("a.json", Fixtures.ACME.toString());
        Path latin1 = dir.resolve("latin1.json");
        java.nio.file.Files.write(latin1, new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xE9, '"', '}'});
        CliRun bad = CliRun.of("diff", a.toString(), latin1.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("latin1.json: not UTF-8 text; a report is UTF-8 JSON");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isReadable(Path.of("/dev/zero")));
        CliRun zero = CliRun.of("diff", a.toString(), "/dev/zero");
        assertThat(zero.exitCode()).isEqualTo(2);
        assertThat(zero.err()).contains("/dev/zero: more than 33554432 bytes");
    }
}
