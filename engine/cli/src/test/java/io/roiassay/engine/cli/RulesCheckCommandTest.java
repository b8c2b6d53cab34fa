package io.roiassay.engine.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RulesCheckCommandTest {

    private static final String HEADER = """
            package my.rules;
            import io.roiassay.engine.facts.*;
            global Outcome outcome;

            """;

    @TempDir
    Path dir;

    private Path overlay(String file, String body) throws Exception {
        Path f = dir.resolve(file);
        Files.createDirectories(f.getParent());
        Files.writeString(f, HEADER + body);
        return dir;
    }

    @Test
    void check_builtInPack_compilesWithoutWarnings() {
        CliRun run = CliRun.of("rules", "check");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).matches("rule pack OK: \\d{2} rule files, \\d{2,3} rules, 0 warnings\n");
    }

    @Test
    void check_syntaxError_namesFileAndLineAndExits3() throws Exception {
        overlay("mistakes/broken.drl", """
                rule "broken"
                    agenda-group "findings"
                when
                    $t: CaseTotals(totalCosts >
                then
                end
                """);
        CliRun run = CliRun.of("rules", "check", dir.toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).containsPattern(java.util.regex.Pattern.quote(dir + "/mistakes/broken.drl:") + "(8|9|10)(:\\d+)?: error: ");
        assertThat(run.out()).contains("rule pack does not compile: ");
    }

    @Test
    void missingOverlayDirectory_isACommandLineMistake_exit2_forEveryCommandThatTakesOne() {
        String missing = dir.resolve("no-such-overlay").toString();
        CliRun check = CliRun.of("rules", "check", missing);
        assertThat(check.exitCode()).isEqualTo(2);
        assertThat(check.err()).contains("DIR: " + missing + " does not exist or is not a directory");
        assertThat(CliRun.of("rules", "test", missing).exitCode()).isEqualTo(2);
        CliRun assess = CliRun.of("assess", Fixtures.ACME.toString(), "--rules", missing);
        assertThat(assess.exitCode()).isEqualTo(2);
        assertThat(assess.err()).contains("--rules: " + missing + " does not exist or is not a directory");
    }

    @Test
    void check_ruleWithoutAgendaGroup_warnsAtItsLine() throws Exception {
        overlay("mistakes/no-group.drl", """
                rule "no group"
                when
                    CaseTotals()
                then
                end
                """);
        CliRun run = CliRun.of("rules", "check", dir.toString());
        assertThat(run.exitCode()).isZero();
        // it does fire (in MAIN, after the phase that makes it true): the warning must not say it never does
        assertThat(run.out()).contains(dir + "/mistakes/no-group.drl:5:1: warning: rule \"no group\" has no agenda-group,"
                + " so it runs in Drools' MAIN group, after the rules of whichever phase first makes it true");
        assertThat(run.out()).contains(", 1 warning\n");
    }

    @Test
    void check_decisionTableWithAHeaderAndNoRows_warnsAtTheRowDroolsMadeARuleOf() throws Exception {
        // the first nine lines of the built-in table, its header, and no row: Drools still makes an empty rule
        java.util.List<String> builtIn = Files.readAllLines(Path.of("../../rules/profiles/hourly-cost.drl.csv"));
        Path table = Files.createDirectories(dir.resolve("profiles")).resolve("hourly-cost.drl.csv");
        Files.writeString(table, String.join("\n", builtIn.subList(0, 9)) + "\n");

        CliRun run = CliRun.of("rules", "check", dir.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(table + ":10: warning: the decision table above this line has no rule rows: Drools"
                + " makes an empty rule of its header (\"Loaded hourly cost_10\", which does nothing); add rows, or"
                + " delete the table\n").doesNotContain("?:").doesNotContain("no agenda-group");
    }

    @Test
    void check_unknownAgendaGroup_warns() throws Exception {
        overlay("mistakes/typo.drl", """
                rule "typo"
                    agenda-group "finding"
                when
                    CaseTotals()
                then
                end
                """);
        CliRun run = CliRun.of("rules", "check", dir.toString());
        assertThat(run.out()).contains("typo.drl:5:1: warning: rule \"typo\" uses agenda-group \"finding\", which the engine"
                + " never focuses");
    }

    @Test
    void check_patternOnClassNeverInserted_warns() throws Exception {
        overlay("mistakes/never.drl", """
                rule "never inserted"
                    agenda-group "findings"
                when
                    CaseTotals()
                    java.util.Date()
                then
                end
                """);
        CliRun run = CliRun.of("rules", "check", dir.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("never.drl:5:1: warning: rule \"never inserted\" matches Date, which the engine never"
                + " inserts");
    }

    @Test
    void check_figuresInFindingsPhase_warnsButNotUnderNot() throws Exception {
        overlay("mistakes/figures.drl", """
                rule "too early"
                    agenda-group "findings"
                when
                    Figures(adjusted)
                then
                end

                rule "negated is fine"
                    agenda-group "findings"
                when
                    CaseTotals()
                    not Figures()
                then
                end

                rule "verdict phase is fine"
                    agenda-group "verdict"
                when
                    Figures(adjusted)
                then
                end
                """);
        CliRun run = CliRun.of("rules", "check", dir.toString());
        assertThat(run.out()).contains("figures.drl:5:1: warning: rule \"too early\" in agenda-group \"findings\" needs"
                + " Figures, which is only inserted from the verdict phase on");
        assertThat(run.out()).doesNotContain("negated is fine").doesNotContain("verdict phase is fine");
        assertThat(run.out()).contains(", 1 warning\n");
    }

}
