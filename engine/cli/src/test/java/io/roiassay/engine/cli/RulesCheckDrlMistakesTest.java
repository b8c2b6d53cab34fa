package io.roiassay.engine.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mistakes in an overlay's {@code .drl} files that Drools accepts, reports against generated code, or fails on with a
 * bare exception: {@code rules check} names each with file:line:column and exits 3, and {@code assess} with the overlay
 * exits 3 too (never 1), with no Drools log line on standard error.
 */
class RulesCheckDrlMistakesTest extends RulesCheckOverlay {

    @Test
    void rulesOption_isTakenAsTheOverlay_asAssessTakesIt() throws Exception {
        String f = rule("data/x.drl", """
                rule "x"
                    agenda-group "findings"
                when
                    CaseTotals(totalCostz > 0)
                then
                end
                """);
        CliRun run = CliRun.of("rules", "check", "--rules", dir.toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains(f + ":8:");
        CliRun both = CliRun.of("rules", "check", Fixtures.ROOT.toString(), "--rules", dir.toString());
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("give the overlay once");
    }

    @Test
    void controlCharacter_isNamed_notQuotedAsNothing() throws Exception {
        String f = rule("data/x.drl", "rule \"x\"\n    agenda-group \"findings\"\nwhen\n    CaseTotals()\nthen\n  \u0001\nend\n");
        CliRun run = check();
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains(f + ":10:").contains("<U+0001> (an invisible control character: delete it)")
                .doesNotContain("''");
        assessExits3();
    }

    @Test
    void parserFailingAfterAParseError_isNotReportedBesideIt() throws Exception {
        String f = rule("data/x.drl", "rule \"x\"\n    agenda-group \"findings\"\nwhen\n    #$t : CaseTotals()\nthen\nend\n`\n");
        CliRun run = check();
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains(f + ":8:").contains("mismatched input '#'")
                .doesNotContain("Unexpected error").doesNotContain("is null");
        assessExits3();
    }

    @Test
    void missingGlobal_namesTheFirstUseOfOutcome() throws Exception {
        String f = file("data/x.drl", """
                package my.rules;
                import io.roiassay.engine.facts.*;

                rule "x"
                    agenda-group "findings"
                when
                    CaseTotals()
                then
                    outcome.finding(drools, "data/no-costs");
                end
                """);
        CliRun run = check();
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains(f + ":9:5: error: rule \"x\" uses outcome, but the file does not declare it;"
                + " add: global Outcome outcome;");
        assessExits3();
    }

    @Test
    void aCheckedExceptionInAFromExpression_isReportedAtTheRule_notAtTheGeneratedJava() throws Exception {
        // Drools reported it against src/main/java/my/rules/Rules<hash>RuleMethods0.java only
        String f = rule("data/x.drl", """
                rule "From a string"
                    agenda-group "findings"
                when
                    $s: String() from new String(new byte[0], "UTF-8")
                then
                end
                """);
        CliRun run = check();
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains(f + ":8:23: error: Unhandled exception type UnsupportedEncodingException (in rule"
                + " \"From a string\", in the Java Drools generates from it)").doesNotContain("RuleMethods");
        assessExits3();
    }

    @Test
    void numberFieldComparedWithText_isATypeMismatchAtTheValue() throws Exception {
        String f = rule("data/x.drl", """
                rule "x"
                    agenda-group "findings"
                when
                    CaseFact(grossMarginRate > "abc")
                then
                end
                """);
        CliRun run = check();
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains(f + ":8:32: error: CaseFact.grossMarginRate is a number (BigDecimal), but is"
                + " compared with the text \"abc\"; write a number");
        assessExits3();
    }

    @Test
    void methodTypoInThen_pointsAtTheConsequenceLine() throws Exception {
        String f = rule("data/x.drl", """
                rule "x"
                    agenda-group "findings"
                when
                    CaseTotals()
                then
                    outcome.finding(drools, "data/no-costs")
                           .zhh("甲");
                end
                """);
        CliRun run = check();
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains(f + ":11:13: error: ").contains("zhh").contains("did you mean zh?");
        assertThat(run.out()).doesNotContain("LambdaConsequence");
    }

    @Test
    void methodTypoOnOutcome_namesDroolsNotItsInternalType_andTheMethodMeant() throws Exception {
        String f = rule("data/x.drl", """
                rule "x"
                    agenda-group "findings"
                when
                    CaseTotals()
                then
                    outcome.findng(drools, "data/no-costs");
                end
                """);
        CliRun run = check();
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains(f + ":10:").contains("The method findng(drools, String) is undefined for the type"
                + " Outcome; did you mean finding?").doesNotContain("KnowledgeHelper");
    }

    @Test
    void profileKeyNoRuleSets_warnsWithTheKeyMeant() throws Exception {
        String f = rule("data/x.drl", """
                rule "x"
                    agenda-group "findings"
                when
                    Profile($t : number("adoptionThreshhold") != null)
                    CaseTotals(has("license"))
                then
                end
                """);
        CliRun run = check();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(f + ":8:25: warning: profile key \"adoptionThreshhold\" is set by no rule, table or"
                + " the engine, so the profile has it only when a case sets it (assumptions.values); did you mean \"adoptionThreshold\"?")
                .doesNotContain("\"license\" is set by no rule");
    }

    @Test
    void profileKeyNoRuleSets_stillWarned_whenAComment_readsLikeASetCall() throws Exception {
        // "the KPI set (once per …)" in a comment is prose, not a key set from a variable that would turn the check off
        String f = rule("data/x.drl", """
                // fires once per KPI set (one line each)
                rule "x"
                    agenda-group "findings"
                when
                    Profile($t : number("adoptionThreshhold") != null)
                then
                end
                """);
        assertThat(check().out()).contains(f + ":9:25: warning: profile key \"adoptionThreshhold\" is set by no rule");
    }

    @Test
    void unknownField_listsTheValidFields() throws Exception {
        String f = rule("data/x.drl", """
                rule "x"
                    agenda-group "findings"
                when
                    CaseTotals(totalCost > 3)
                then
                end
                """);
        CliRun run = check();
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains(f + ":8:16: error: CaseTotals has no field 'totalCost'; its fields are ")
                .contains("totalBenefits, totalCosts");
        assessExits3();
    }
}
