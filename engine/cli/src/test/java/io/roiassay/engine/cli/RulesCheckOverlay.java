package io.roiassay.engine.cli;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An overlay written into a temporary folder, and the two commands a consultant runs on it: {@code rules check}
 * (never with a Drools log line or an exception on standard error) and {@code assess} (exit 3 for a pack defect).
 * The mistake tests ({@code RulesCheck*MistakesTest}) write one mistake each into it.
 */
abstract class RulesCheckOverlay {

    static final String HEADER = """
            package my.rules;
            import io.roiassay.engine.facts.*;
            global Outcome outcome;

            """;

    @TempDir
    Path dir;

    String file(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        return dir + "/" + name;
    }

    String rule(String name, String body) throws Exception {
        return file(name, HEADER + body);
    }

    CliRun check() {
        CliRun run = CliRun.of("rules", "check", dir.toString());
        assertThat(run.err()).doesNotContain("KieProject").doesNotContain("ERROR o.d").doesNotContain("Exception");
        return run;
    }

    void assessExits3() {
        CliRun run = CliRun.of("assess", Fixtures.ACME.toString(), "--rules", dir.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).doesNotContain("KieProject").doesNotContain("unexpected error");
    }

    /** An overlay table with the built-in header and one retail row setting {@code key} to {@code value}. */
    String retailRow(String key, String value, String industry) throws Exception {
        List<String> lines = Files.readAllLines(Fixtures.ROOT.resolve("rules/profiles/assumptions.drl.csv"));
        List<String> labels = io.roiassay.engine.rules.RuleFileTestAccess.cells(lines.get(8));
        String[] row = new String[labels.size()];
        java.util.Arrays.fill(row, "");
        row[0] = "Our retail row";
        row[1] = "5";
        row[2] = industry;
        row[5] = "profile";
        row[labels.indexOf(key)] = value;
        row[labels.indexOf(key) + 1] = "our audited accounts 2025";
        return overlayTable(String.join(",", row));
    }

    /** An overlay table with the built-in assumptions header and these rows (lines 10, 11, …). */
    String overlayTable(String... rows) throws Exception {
        List<String> lines = Files.readAllLines(Fixtures.ROOT.resolve("rules/profiles/assumptions.drl.csv"));
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            csv.append(i == 4 ? "RuleTable Our retail figures" : lines.get(i)).append('\n');
        }
        for (String row : rows) {
            csv.append(row).append('\n');
        }
        return file("profiles/our-retail.drl.csv", csv.toString());
    }
}
