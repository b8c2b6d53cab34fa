package io.roiassay.engine.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mistakes between an overlay's rules and the finding and recommendation catalogue (codes, severities, families,
 * variants, headline clauses, Chinese texts, placeholders, evidence): {@code rules check} names each at its file and
 * line and exits 3, before a report could show a raw code or placeholder.
 */
class RulesCheckCatalogueMistakesTest extends RulesCheckOverlay {

    @Test
    void unknownSeverityAndFamily_failCheckInsteadOfEveryAssess() throws Exception {
        String f = rule("data/x.drl", """
                rule "x"
                    agenda-group "findings"
                when
                    CaseTotals()
                then
                    outcome.finding(drools, "data/x", "severe").en("a").zh("甲");
                    outcome.finding(drools, "bogus/x", "warning").en("a").zh("甲");
                end
                """);
        CliRun run = check();
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains(f + ":10:39: error: severity \"severe\" does not exist; use one of \"info\","
                + " \"warning\", \"major\"");
        assertThat(run.out()).contains(f + ":11:29: error: finding code \"bogus/x\" has no known family");
        assessExits3();
    }

    @Test
    void hiddenCostCategoryWithoutProfileKeys_isAnError() throws Exception {
        String f = rule("hidden-costs/yoga.drl", """
                rule "x"
                    agenda-group "findings"
                when
                    CaseTotals()
                then
                    outcome.finding(drools, "hidden-cost/yoga", "warning").en("a").zh("甲").estimate("yoga");
                end
                """);
        CliRun run = check();
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains(f + ":10:85: error: hidden-cost category \"yoga\" has no profile keys"
                + " (hiddenCost.yoga.ratio, .base, .timing)");
        assessExits3();
    }

    @Test
    void messageWithoutChinese_isAnError() throws Exception {
        String f = rule("data/x.drl", """
                rule "x"
                    agenda-group "findings"
                when
                    CaseTotals()
                then
                    outcome.finding(drools, "data/x", "info").en("a").zh("a");
                    outcome.recommend(drools, "do-x", 2).en("b");
                end
                """);
        CliRun run = check();
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains(f + ":10:58: error: the Chinese message of rule \"x\" has no Chinese text");
        assertThat(run.out()).contains(f + ":11:5: error: rule \"x\" gives the recommend an English text but no"
                + " Chinese one");
    }

    @Test
    void deprecatedSyntax_warnsWithTheReplacement() throws Exception {
        String f = rule("data/x.drl", """
                rule "x"
                    agenda-group "findings"
                when
                    CaseTotals(totalCosts > 1 && < 5) || CaseFact()
                then
                end
                """);
        CliRun run = check();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(f + ":8:39: warning: connecting patterns with '||' is deprecated in Drools 10;"
                + " write 'or'");
        assertThat(run.out()).contains(f + ":8:34: warning: the half constraint '&& < …' is deprecated");
    }

    @Test
    void catalogueEntryWithoutChineseOrWithUnknownPlaceholder_isAnError() throws Exception {
        String f = file("catalogue/my-findings.yaml", """
                data/my-note:
                  severity: info
                  evidence: [kpi]
                  en: "Look at {kpi} and {other}."
                  zh: "请查看 {kpi}。"
                data/no-zh:
                  severity: warning
                  en: "English only."
                """);
        CliRun run = check();
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains(f + ":1: error: data/my-note: the 'en' text names {other}, which is not among"
                + " its evidence [currency, estimate, kpi]");
        assertThat(run.out()).contains(f + ":6: error: data/no-zh: missing 'zh' text");
        assessExits3();
    }

    @Test
    void ruleNotGivingTheEvidenceItsCatalogueTextNames_warns_beforeTheReportShowsThePlaceholder() throws Exception {
        file("catalogue/my-findings.yaml", """
                mistake/heavy-consulting:
                  severity: warning
                  evidence: [consulting]
                  en: "Consulting ({consulting}) is a large share of the costs."
                  zh: "咨询费用（{consulting}）占成本比重较大。"
                """);
        String f = rule("mistakes/consulting.drl", """
                rule "Heavy consulting"
                    agenda-group "findings"
                when
                    CaseTotals($c : totalCosts > 0)
                then
                    outcome.finding(drools, "mistake/heavy-consulting").evidence("consultingCost", $c);
                end
                """);
        CliRun run = check();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(f + ":10:").contains("warning: the catalogue text of \"mistake/heavy-consulting\" uses"
                + " {consulting}, but rule \"Heavy consulting\" gives no such evidence (it gives consultingCost)");

        // evidence given in a statement of its own, or under a name held in a variable: nothing to warn about
        rule("mistakes/consulting.drl", """
                rule "Heavy consulting"
                    agenda-group "findings"
                when
                    CaseTotals($c : totalCosts > 0)
                then
                    Finding f = outcome.finding(drools, "mistake/heavy-consulting");
                    f.evidence("consulting", $c);
                end
                """);
        assertThat(check().out()).doesNotContain("gives no such evidence");
        rule("mistakes/consulting.drl", """
                rule "Heavy consulting"
                    agenda-group "findings"
                when
                    CaseTotals($c : totalCosts > 0)
                then
                    String name = "consulting";
                    outcome.finding(drools, "mistake/heavy-consulting").evidence(name, $c);
                end
                """);
        assertThat(check().out()).doesNotContain("gives no such evidence");
    }

    @Test
    void recommendationInAFindingsCatalogueFile_isToldWhereItBelongs() throws Exception {
        String f = file("catalogue/my-recs.yaml", "review-consulting:\n  priority: 2\n  en: \"Review the fees.\"\n"
                + "  zh: \"复核咨询费用。\"\n");
        CliRun run = check();
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains(f + ":1: error: review-consulting: an entry with a priority is a recommendation, but"
                + " this file holds findings").contains("catalogue/recommendations-mine.yaml")
                .doesNotContain("unknown key 'priority'").doesNotContain("family/name");
    }

    @Test
    void catalogueYamlErrors_nameTheLineAndWhatIsWrong() throws Exception {
        String tab = file("catalogue/my-findings.yaml", "mistake/heavy-consulting:\n\tseverity: warning\n  en: \"x\"\n  zh: \"中\"\n");
        CliRun run = check();
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains(tab + ":2: error: not valid YAML at column 1: found character '\\t(TAB)' that cannot"
                + " start any token");
        String quote = file("catalogue/my-findings.yaml", "mistake/heavy-consulting:\n  severity: warning\n"
                + "  evidence: [consulting]\n  en: \"Consulting ({consulting}) is large.\n  zh: \"咨询费用（{consulting}）占比大。\"\n");
        assertThat(check().out()).contains(quote + ":5: error: not valid YAML at column 8: ")
                .contains("is a quote on a line above left unclosed?");
    }

    @Test
    void recommendationPriorityBelowOne_isAnErrorAtTheNumber() throws Exception {
        String f = rule("data/x.drl", """
                rule "x"
                    agenda-group "recommendations"
                when
                    CaseTotals()
                then
                    outcome.recommend(drools, "do-x", 0).en("Do x.").zh("做某事。");
                end
                """);
        CliRun run = check();
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains(f + ":10:39: error: priority 0 is not 1 or more");
    }

    @Test
    void codeNotInCatalogue_isAnErrorWhenRaisedWithoutSeverity() throws Exception {
        String f = rule("data/x.drl", """
                rule "x"
                    agenda-group "findings"
                when
                    CaseTotals()
                then
                    outcome.finding(drools, "data/not-there");
                end
                """);
        CliRun run = check();
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains(f + ":10:29: error: finding code \"data/not-there\" is not in the catalogue");
    }

    @Test
    void variantNotInCatalogue_isAnError() throws Exception {
        String f = rule("data/x.drl", """
                rule "x"
                    agenda-group "findings"
                when
                    CaseTotals()
                then
                    outcome.finding(drools, "hidden-cost/training#not-there");
                end
                """);
        CliRun run = check();
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains(f + ":10:29: error: finding variant \"hidden-cost/training#not-there\" is not in the catalogue");
    }

    @Test
    void overlayReplacingACodeWithoutItsVariants_keepsTheBuiltInVariantsAndChecksClean() throws Exception {
        file("catalogue/my-findings.yaml", """
                hidden-cost/training:
                  severity: warning
                  evidence: [costCategories, ratio, base]
                  en: "Training is missing; estimated at {estimate}."
                  zh: "缺少培训费用，估算约 {estimate}。"
                """);
        CliRun run = check();
        assertThat(run.exitCode()).as(run.out()).isZero();
    }

    @Test
    void verdictVariantNotInCatalogue_isAnError() throws Exception {
        String f = rule("verdict/x.drl", """
                rule "x"
                    agenda-group "verdict"
                    salience 1000
                when
                    Figures(adjusted)
                then
                    outcome.verdict(drools, "unproven#not-there", "high");
                end
                """);
        CliRun run = check();
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains(f + ":11:29: error: verdict variant \"unproven#not-there\" is not in the catalogue");
    }

    @Test
    void confidenceReasonNotInCatalogue_isAnError_andAWordThatIsNoLevelToo() throws Exception {
        String f = rule("verdict/x.drl", """
                rule "x"
                    agenda-group "verdict"
                when
                    $v: Verdict(confidence == "high")
                then
                    outcome.confidence(drools, $v, "low#made-up");
                end

                rule "y"
                    agenda-group "verdict"
                when
                    $v: Verdict(confidence == "medium")
                then
                    outcome.confidence(drools, $v, "sure#made-up");
                end
                """);
        CliRun run = check();
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains(f + ":10:36: error: confidence reason \"low#made-up\" is not in the catalogue "
                + "(rules/catalogue/verdicts.yaml, under confidence:); add it there")
                .contains(f + ":18:36: error: confidence \"sure#made-up\" does not exist; use one of");
    }

    @Test
    void headlineClauseWithoutChinese_isAnError() throws Exception {
        String f = file("catalogue/verdicts-mine.yaml", """
                holds-unless:
                  en: "{headline} The grade holds unless {clause}."
                  zh: "{headline}除非{clause}，否则评级不变。"
                  clauses:
                    crmShare-below:
                      en: "the CRM's share is below {value}"
                """);
        CliRun run = check();
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains(f + ":1: error: holds-unless#crmShare-below: missing 'zh' text");
        assessExits3();
    }

    @Test
    void headlineSentenceNotInCatalogue_isAnError() throws Exception {
        String f = rule("verdict/x.drl", """
                rule "x"
                    agenda-group "verdict"
                    salience -300
                when
                    Verdict()
                then
                    outcome.addToHeadline(drools, "holds-unles#crmShare-below", java.math.BigDecimal.ONE);
                end
                """);
        CliRun run = check();
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains(f + ":11:35: error: headline sentence \"holds-unles\" is not in the catalogue"
                + " (rules/catalogue/verdicts.yaml); known: benchmark-lifted, draws-disagree, holds-unless, pays-only-if");
    }

    @Test
    void overlayRewordingOneHeadlineClause_checksClean() throws Exception {
        file("catalogue/verdicts-mine.yaml", """
                holds-unless:
                  en: "{headline} The grade holds unless {clause}."
                  zh: "{headline}除非{clause}，否则评级不变。"
                  clauses:
                    crmShare-below:
                      en: "less than {value} of the gain is the CRM's"
                      zh: "CRM 的收益归因份额不足 {value}"
                """);
        CliRun run = check();
        assertThat(run.exitCode()).as(run.out()).isZero();
    }
}
