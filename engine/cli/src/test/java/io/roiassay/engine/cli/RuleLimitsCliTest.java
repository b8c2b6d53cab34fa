package io.roiassay.engine.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bounded runs: a rule that keeps re-firing itself stops at the firing limit or the time limit with
 * exit 3 naming the rule and its file; a rule that calls {@code System.exit} is refused before it runs.
 */
class RuleLimitsCliTest {

    @TempDir
    static Path dir;

    private static Path looping;

    @BeforeAll
    static void overlays() throws Exception {
        looping = dir.resolve("looping");
        Fixtures.write(looping.resolve("mistakes/loops.drl"), """
                package my.rules;
                import io.roiassay.engine.facts.*;
                global Outcome outcome;

                rule "Fires itself forever"
                    agenda-group "findings"
                when
                    $t: CaseTotals()
                then
                    update($t);
                end
                """);
    }

    @Test
    void assess_ruleRefiringItself_stopsAtFiringLimitNamingRule() {
        CliRun run = CliRun.of("assess", Fixtures.ACME.toString(), "--rules", looping.toString(),
                "--max-rule-firings", "50");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("the rules fired 50 times for one case (limit 50, --max-rule-firings);"
                + " most firings: ").containsPattern("'Fires itself forever' \\(mistakes/loops.drl, line \\d+\\) \\d+ times");
    }

    @Test
    void assess_ruleRefiringItself_stopsAtTimeLimitNamingRule() {
        CliRun run = CliRun.of("assess", Fixtures.ACME.toString(), "--rules", looping.toString(),
                "--max-rule-firings", "100000000", "--rule-time-limit", "1000");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("the rules took longer than 1000 ms for one case (--rule-time-limit);"
                + " most firings: ").containsPattern("'Fires itself forever' \\(mistakes/loops.drl, line \\d+\\) \\d+ times");
    }

    @Test
    void rulesCheck_ruleRefiringItself_oneErrorNamingTheRule_afterTheFirstProbeThatRanAway() {
        // every profile probe case would run away the same way, each to the full firing limit: a review's overlay kept
        // rules check busy for minutes; the first runaway now stops the probing
        CliRun run = CliRun.of("rules", "check", looping.toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out().lines().filter(l -> l.contains("error:"))).singleElement().asString()
                .contains("assess fails for a case of industry ", "the rules fired 10000 times for one case")
                .containsPattern("'Fires itself forever' \\(mistakes/loops.drl, line \\d+\\) \\d+ times");
    }

    @Test
    void batch_ruleRefiringItself_oneErrorRecordPerCaseNotAHang() throws Exception {
        Path jsonl = Fixtures.ROOT.resolve("examples/batch/examples.jsonl");
        CliRun run = CliRun.of("batch", jsonl.toString(), "--jobs", "1", "--rules", looping.toString(),
                "--max-rule-firings", "50");
        assertThat(run.exitCode()).isEqualTo(3); // the pack's defect, as assess says it (exit 3), not the cases'
        assertThat(run.out().lines()).hasSize((int) Files.lines(jsonl).count())
                .allMatch(l -> l.contains("roi-assay/error-1") && l.contains("Fires itself forever"));
    }

    @Test
    void assess_evidenceOfAnUnprintableNumber_failsTheRuleNamingIt_notTheReportWriter() throws Exception {
        // 1e-20 squared ten times: scale 20,480. Written, its JSON failed (exit 1, "cannot write report as JSON");
        // squared 26 times it took a minute and gigabytes after every rule limit had passed
        Path tiny = dir.resolve("tiny");
        Fixtures.write(tiny.resolve("mistakes/tiny.drl"), """
                package my.rules;
                import io.roiassay.engine.facts.*;
                import java.math.BigDecimal;
                global Outcome outcome;

                rule "Evidence far too small"
                    agenda-group "findings"
                when
                    CaseFact()
                then
                    BigDecimal x = new BigDecimal("1e-20");
                    x = x.multiply(x); x = x.multiply(x); x = x.multiply(x); x = x.multiply(x); x = x.multiply(x);
                    x = x.multiply(x); x = x.multiply(x); x = x.multiply(x); x = x.multiply(x); x = x.multiply(x);
                    outcome.finding(drools, "mistake/heavy", "warning").en("tiny {x}").zh("微小 {x}").evidence("x", x);
                end
                """);
        CliRun run = CliRun.of("assess", Fixtures.ACME.toString(), "--rules", tiny.toString(), "--draws", "0");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("Evidence far too small").contains("mistakes/tiny.drl")
                .contains("evidence 'x' is a number of 1 digits at scale 20480, beyond what a report prints (100 digits)");
    }

    @Test
    void rulesTest_ruleRefiringItself_exits3LikeAssess_notAsAFailedScenario() throws Exception {
        Path overlay = dir.resolve("looping-with-scenario");
        Fixtures.write(overlay.resolve("mistakes/loops.drl"), Files.readString(looping.resolve("mistakes/loops.drl")));
        Fixtures.write(overlay.resolve("tests/loop.yaml"), """
                scenario: 'a case the looping rule never finishes'
                case:
                  format: roi-assay/case-1
                  id: loop
                  currency: USD
                  company: {industry: retail, employees: 20}
                  costs: [{category: subscription, amount: 1000, recurrence: annual}]
                expect:
                  grade: negative
                """);
        CliRun run = CliRun.of("rules", "test", overlay.toString(), "--max-rule-firings", "50");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.out()).contains("the rule pack failed on this case").contains("Fires itself forever");
    }

    @Test
    void limits_outOfRange_exit2() {
        assertThat(CliRun.of("assess", Fixtures.ACME.toString(), "--max-rule-firings", "0").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("assess", Fixtures.ACME.toString(), "--rule-time-limit", "-5").exitCode()).isEqualTo(2);
    }

    @Test
    void assess_ruleCallingSystemExit_refusedBeforeItRuns() throws Exception {
        Path exiting = dir.resolve("exiting");
        Fixtures.write(exiting.resolve("mistakes/exit.drl"), """
                package my.rules;
                import io.roiassay.engine.facts.*;
                global Outcome outcome;

                rule "Ends the process"
                    agenda-group "findings"
                when
                    CaseTotals()
                then
                    System.exit(0);
                end
                """);
        CliRun check = CliRun.of("rules", "check", exiting.toString());
        assertThat(check.exitCode()).isEqualTo(3);
        assertThat(check.out()).contains(exiting + "/mistakes/exit.drl:5: error: rule 'Ends the process' calls"
                + " java.lang.System.exit (process or environment access)");
        CliRun assess = CliRun.of("assess", Fixtures.ACME.toString(), "--rules", exiting.toString());
        assertThat(assess.exitCode()).isEqualTo(3);
        assertThat(assess.err()).contains("rule 'Ends the process' calls java.lang.System.exit");
    }
}
