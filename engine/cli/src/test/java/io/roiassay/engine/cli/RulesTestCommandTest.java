package io.roiassay.engine.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RulesTestCommandTest {

    private static final String CASE = """
              format: roi-assay/case-1
              id: s1
              currency: CNY
              company: {industry: 零售, employees: 20, grossMarginRate: 0.3}
              costs:
                - {category: subscription, amount: 30000, recurrence: annual}
              benefits:
                - {basis: gross-profit, schedule: [0, 60000, 120000, 120000], source: measured}
            """;

    @TempDir
    Path dir;

    @Test
    void test_builtInScenarios_allPass() {
        CliRun run = CliRun.of("rules", "test");
        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).matches("(?s)\\d{2,} passed, 0 failed\n");
    }

    @Test
    void test_failingScenario_saysExpectedAndGotAndExits1() throws Exception {
        Fixtures.write(dir.resolve("tests/mine/training.yaml"), """
                scenario: Training is there
                case:
                """ + CASE + """
                expect:
                  findings: { present: [hidden-cost/training, hidden-cost/no-such-thing], absent: [hidden-cost/data-migration] }
                  grade: unproven
                """);
        CliRun run = CliRun.of("rules", "test", dir.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        String file = dir + "/tests/mine/training.yaml";
        assertThat(run.out())
                .contains("FAIL " + file + ":1: Training is there\n")
                .containsPattern("  expected finding hidden-cost/no-such-thing to be present; the case raised: [a-z/, -]*hidden-cost/training")
                .contains("  expected finding hidden-cost/data-migration to be absent; it was raised by rule \"Hidden cost: data migration")
                .containsPattern("  expected grade unproven; got [a-z]+ \\(decided by rule \"")
                .doesNotContain("expected finding hidden-cost/training")
                .endsWith(" passed, 1 failed\n");
    }

    @Test
    void test_absentCodeThePackDoesNotKnow_isInvalid_notAPassThatCouldNeverFail() throws Exception {
        Fixtures.write(dir.resolve("tests/typo.yaml"), """
                scenario: typo in absent
                case:
                """ + CASE + """
                expect:
                  findings: { absent: [hidden-cost/trainin] }
                  recommendations: { absent: [budget-hiden-costs] }
                """);
        CliRun run = CliRun.of("rules", "test", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out() + run.err())
                .contains("tests/typo.yaml:12:24: expect.findings.absent[0]: 'hidden-cost/trainin' is not a finding code of this"
                        + " rule pack (catalogue/findings.yaml), so the expectation could never fail; did you mean hidden-cost/training?")
                .contains("expect.recommendations.absent[0]: 'budget-hiden-costs' is not a recommendation code of this rule pack"
                        + " (catalogue/recommendations.yaml), so the expectation could never fail; did you mean budget-hidden-costs?");
    }

    @Test
    void test_overlayScenarioOfSamePath_replacesBuiltInOne() throws Exception {
        Fixtures.write(dir.resolve("tests/hidden-costs/training.yaml"), """
                scenario: replaced
                case:
                """ + CASE + """
                expect:
                  findings: { absent: [hidden-cost/training] }
                """);
        CliRun run = CliRun.of("rules", "test", dir.toString(), "--verbose");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL " + dir + "/tests/hidden-costs/training.yaml:1: replaced\n")
                .doesNotContain("rules/tests/hidden-costs/training.yaml")
                .contains("ok   rules/tests/hidden-costs/data-migration.yaml");
    }

    @Test
    void test_unknownKey_isInvalidWithFileAndLineAndExits2() throws Exception {
        Fixtures.write(dir.resolve("tests/bad.yaml"), """
                scenario: typo
                case:
                """ + CASE + """
                expect:
                  finding: { present: [hidden-cost/training] }
                """);
        CliRun run = CliRun.of("rules", "test", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains(dir + "/tests/bad.yaml:12:3: expect.finding: unknown key 'finding'; expected one of"
                + " [adjusted, confidence, entered, findings, grade, headline, recommendations]");
    }

    @Test
    void test_overlayCaseFileMissing_saysWhereOnDiskItLooked() throws Exception {
        Fixtures.write(dir.resolve("tests/mine/s.yaml"), """
                scenario: missing
                caseFile: cases/missing.yaml
                expect:
                  grade: positive
                ---
                scenario: a folder
                caseFile: ..
                expect:
                  grade: positive
                ---
                scenario: absolute
                caseFile: /nonexistent/c.yaml
                expect:
                  grade: positive
                """);
        CliRun run = CliRun.of("rules", "test", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        String file = dir + "/tests/mine/s.yaml";
        assertThat(run.out()).contains(file + ":2:1: caseFile: case file cases/missing.yaml not found (looked for "
                        + dir + "/tests/mine/cases/missing.yaml and rules/tests/mine/cases/missing.yaml); an overlay"
                        + " scenario's caseFile is relative to the scenario file, or absolute")
                .contains(file + ":7:1: caseFile: " + dir + "/tests is a folder, not a case file; an overlay scenario's")
                .contains(file + ":12:1: caseFile: case file /nonexistent/c.yaml not found (looked for /nonexistent/c.yaml);")
                .doesNotContain("built-in scenarios can only");
    }

    @Test
    void test_inlineCase_yamlAliasAndDeepNesting_refusedAsInACaseFile() throws Exception {
        Fixtures.write(dir.resolve("tests/alias.yaml"), """
                scenario: an alias
                case:
                  format: roi-assay/case-1
                  id: &ind retail
                  currency: CNY
                  company: {industry: *ind}
                expect:
                  grade: positive
                """);
        Fixtures.write(dir.resolve("tests/deep.yaml"), "scenario: deep\ncase:\n  notes: " + "[".repeat(40) + "]".repeat(40)
                + "\nexpect:\n  grade: positive\n");
        CliRun run = CliRun.of("rules", "test", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains(dir + "/tests/alias.yaml:6:23: case.company.industry: a YAML alias (*ind) is not"
                + " supported; write the value out")
                .contains(dir + "/tests/deep.yaml:3:").contains("lists and objects nested more than 33 levels deep");
    }

    @Test
    void test_invalidInlineCase_pointsAtTheCaseField() throws Exception {
        Fixtures.write(dir.resolve("tests/bad-case.yaml"), """
                scenario: negative amount
                case:
                  format: roi-assay/case-1
                  id: s1
                  currency: CNY
                  company: {industry: retail}
                  costs:
                    - {category: training, amount: -5}
                expect:
                  grade: [positive, strong]
                  adjusted: { roiPercent: { min: 50, max: 10 } }
                """);
        CliRun run = CliRun.of("rules", "test", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains(dir + "/tests/bad-case.yaml:8:").contains(": case.costs[0].amount: ")
                .contains("bad-case.yaml:11:").contains("expect.adjusted.roiPercent: min 50 is greater than max 10");
    }

    @Test
    void test_figureExpectations_checkRangesAndExactValues() throws Exception {
        Fixtures.write(dir.resolve("tests/figures.yaml"), """
                scenario: figures
                case:
                """ + CASE + """
                expect:
                  entered: { totalCosts: 90000.00, simpleRoiPercent: { min: 200 } }
                ---
                scenario: exact figure that is wrong
                case:
                """ + CASE + """
                expect:
                  entered: { totalCosts: 1 }
                """);
        CliRun run = CliRun.of("rules", "test", dir.toString());
        assertThat(run.out()).contains("FAIL " + dir + "/tests/figures.yaml:14: exact figure that is wrong\n"
                + "  expected entered.totalCosts 1; got 90000.00\n");
        assertThat(run.out()).doesNotContain("FAIL " + dir + "/tests/figures.yaml:1:");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void test_packThatDoesNotCompile_exits3() throws Exception {
        Fixtures.write(dir.resolve("broken.drl"), "package x;\nrule \"b\" when then\n  nonsense(\nend\n");
        CliRun run = CliRun.of("rules", "test", dir.toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains(dir + "/broken.drl:");
    }
}
