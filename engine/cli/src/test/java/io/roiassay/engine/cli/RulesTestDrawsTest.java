package io.roiassay.engine.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Scenarios that draw ({@code draws:}, {@code seed:}) and expect words in the headline ({@code expect.headline}). */
class RulesTestDrawsTest {

    /** Positive at its own values (NPV 3,675.43), NPV below zero in about 94 % of the draws over benefitScale 0.8–1.0. */
    private static final String CASE = """
              format: roi-assay/case-1
              id: d1
              currency: CNY
              language: en
              company: {industry: retail, employees: 50, annualRevenue: 10000000, grossMarginRate: 0.3}
              horizon: {years: 3, discountRate: 0.10}
              costCoverage: all-in
              costs:
                - {category: license, amount: 100000, recurrence: once}
              benefits:
                - {id: gp, basis: gross-profit, amount: 46000, recurrence: annual, source: measured}
              uncertainty:
                benefitScale: [0.8, 0.9, 1.0]
            """;

    @TempDir
    Path dir;

    @Test
    void drawnScenario_headlineExpectations_failWithTheHeadlineQuoted() throws Exception {
        Fixtures.write(dir.resolve("tests/spread.yaml"), """
                scenario: drawn
                draws: 2000
                seed: 3
                case:
                """ + CASE + """
                expect:
                  confidence: low
                  headline: {contains: ["Yet NPV is below zero in", "no such words"], absent: "Positive return"}
                """);
        CliRun run = CliRun.of("rules", "test", dir.toString());

        assertThat(run.exitCode()).as(run.out()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL " + dir + "/tests/spread.yaml:1: drawn\n")
                .contains("  expected the headline to contain \"no such words\"; it reads: Positive return: adjusted NPV of 3,675.43 CNY")
                .contains("  expected the headline not to contain \"Positive return\"; it reads: ")
                // the draws ran: the confidence fell to low, and the headline's draws sentence is there
                .doesNotContain("expected confidence")
                .doesNotContain("to contain \"Yet NPV is below zero in\"");
    }

    @Test
    void withoutDraws_theSpreadRulesDoNotFire() throws Exception {
        Fixtures.write(dir.resolve("tests/spread.yaml"), """
                scenario: not drawn
                case:
                """ + CASE + """
                expect:
                  confidence: high
                  headline: {absent: "Monte Carlo"}
                  findings: {absent: [data/few-draws]}
                """);
        CliRun run = CliRun.of("rules", "test", dir.toString());

        assertThat(run.exitCode()).as(run.out()).isZero();
    }

    @Test
    void badDrawsOrASeedWithoutDraws_isInvalidWithFileAndLine() throws Exception {
        Fixtures.write(dir.resolve("tests/a.yaml"), """
                scenario: negative draws
                draws: -1
                case:
                """ + CASE + """
                expect: {grade: positive}
                """);
        Fixtures.write(dir.resolve("tests/b.yaml"), """
                scenario: seed alone
                seed: 7
                case:
                """ + CASE + """
                expect: {headline: {contains: []}}
                """);
        CliRun run = CliRun.of("rules", "test", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out())
                .contains(dir + "/tests/a.yaml:2:1: draws: expected a whole number of Monte Carlo draws from 0 (none) to 100000, e.g. 10000")
                .contains(dir + "/tests/b.yaml:2:1: seed: a seed without draws changes nothing: give draws too (e.g. draws: 10000)")
                .contains(dir + "/tests/b.yaml:17:21: expect.headline.contains: expected a text or a list of texts");
    }
}
