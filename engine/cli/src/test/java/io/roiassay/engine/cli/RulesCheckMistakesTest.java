package io.roiassay.engine.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mistakes a consultant makes in an overlay that Drools accepts, or reports against generated code, or
 * fails on with a bare exception: {@code rules check} names each with file:line:column and exits 3, and
 * {@code assess} with the overlay exits 3 too (never 1), with no Drools log line on standard error.
 */
class RulesCheckMistakesTest {

    private static final String HEADER = """
            package my.rules;
            import io.roiassay.engine.facts.*;
            global Outcome outcome;

            """;

    @TempDir
    Path dir;

    private String file(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        return dir + "/" + name;
    }

    private String rule(String name, String body) throws Exception {
        return file(name, HEADER + body);
    }

    private CliRun check() {
        CliRun run = CliRun.of("rules", "check", dir.toString());
        assertThat(run.err()).doesNotContain("KieProject").doesNotContain("ERROR o.d").doesNotContain("Exception");
        return run;
    }

    private void assessExits3() {
        CliRun run = CliRun.of("assess", Fixtures.ACME.toString(), "--rules", dir.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).doesNotContain("KieProject").doesNotContain("unexpected error");
    }

    /** An overlay table with the built-in header and one retail row setting {@code key} to {@code value}. */
    private String retailRow(String key, String value, String industry) throws Exception {
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
    private String overlayTable(String... rows) throws Exception {
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

    @Test
    void tableRowWithNoCondition_isAnErrorAtItsRow_notAtTheHeader() throws Exception {
        String f = overlayTable("Ours,5,,,,profile,0.28,\"audited\",审计");
        CliRun run = check();
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains(f + ":10:8: error: the row \"Ours\" has no condition")
                .contains("write any in column C (industry)").doesNotContain("cannot be resolved");
        assessExits3();
    }

    @Test
    void tableSourceWithoutItsValue_isAnError_notANoteCreditedToAnotherRow() throws Exception {
        String f = overlayTable("Our retail note,5,retail,,,profile,,\"audited accounts, 2025\",审计");
        CliRun run = check();
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains(f + ":10:37: error: the row \"Our retail note\" gives a source for typicalGrossMargin"
                + " but no value").contains("give the value in column G (typicalGrossMargin)");
    }

    @Test
    void twoRowsWithTheSameConditionsAndPriority_settingOneKey_warn() throws Exception {
        String f = overlayTable("A,5,retail,,,profile,0.28,\"a 2025\",甲", "B,5,retail,any,,profile,0.26,\"b 2025\",乙",
                "C,4,retail,,,profile,0.27,\"c 2025\",丙");
        CliRun run = check();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(f + ":11:1: warning: the rows \"A\" (" + f + ":10) and \"B\" have the same"
                + " conditions and priority and both set typicalGrossMargin").doesNotContain("\"C\" have the same");
    }

    @Test
    void tableRowWithoutAPhase_isToldToFillTheColumn_notToWriteDrl() throws Exception {
        String f = overlayTable("A,5,retail,,,,0.28,\"a 2025\",甲");
        assertThat(check().out()).contains(f + ":10: warning: rule \"A\" has no agenda-group")
                .contains("write its phase (e.g. profile) in the table's AGENDA-GROUP column").doesNotContain("add e.g.");
    }

    @Test
    void tableCellThatIsNotANumber_failsCheckAtItsRow_asAssessWould() throws Exception {
        String f = retailRow("typicalGrossMargin", "\"0,28\"", "retail");
        CliRun run = check();
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains(f + ":10: error: assess fails for a case of industry retail, ")
                .contains("rule 'Our retail row' (profiles/our-retail.drl.csv, row 10) failed: a value it gives as a number is not one")
                .containsPattern("rule pack compiles, but assess would fail: 1 error, 0 warnings in 67 rule files, \\d+ rules\n");
        assessExits3();
    }

    @Test
    void newIndustryClassifiedByAnAlias_isProbedThroughTheAlias() throws Exception {
        file("profiles/farming.drl", """
                package io.roiassay.rules.profiles;
                import io.roiassay.engine.facts.*;

                rule "Industry is agriculture"
                    agenda-group "classify"
                    salience 100
                when
                    $p: Profile(industry == null)
                    CaseFact(industryText in ("farming", "农业"))
                then
                    modify($p) { setIndustry("agriculture"), setIndustryRecognised(true) }
                end
                """);
        String f = retailRow("typicalGrossMargin", "\"0,28\"", "agriculture");
        CliRun run = check();
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains(f + ":10: error: assess fails for a case of industry farming, ")
                .doesNotContain("industry 'agriculture' is not one the classify rules set");
    }

    @Test
    void shareTypedAsPercentOrAWordAKeyDoesNotTake_failCheckAtTheRow() throws Exception {
        String f = retailRow("typicalGrossMargin", "28", "retail");
        assertThat(check().out()).contains(f + ":10: error: ").contains("typicalGrossMargin = 28 is outside 0..1");
        f = retailRow("hiddenCost.training.timing", "yearly", "retail");
        CliRun run = check();
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains(f + ":10: error: ").contains("hiddenCost.training.timing = 'yearly' is not one of once, annual");
    }

    @Test
    void rowForAnIndustryNoClassifyRuleSets_warnsThatItNeverApplies() throws Exception {
        String f = retailRow("typicalGrossMargin", "0.28", "Retail");
        CliRun run = check();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(f + ":10:18: warning: industry 'Retail' is not one the classify rules set (consulting,")
                .contains("retail, technology").contains("so this row never applies");
    }

    @Test
    void drlWithAByteOrderMark_compiles_andItsOtherMistakesAreStillFound() throws Exception {
        String f = file("data/x.drl", "\uFEFF" + HEADER + """
                rule "x"
                    agenda-group "findings"
                when
                    CaseTotals(totalCostz > 0)
                then
                end
                """);
        CliRun run = check();
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).doesNotContain("no viable alternative").contains(f + ":8:").contains("totalCostz");
    }

    @Test
    void tableSavedAsGbk_isAnErrorNamingTheEncoding_notGarbageInTheReport() throws Exception {
        String table = java.nio.file.Files.readString(Fixtures.ROOT.resolve("rules/profiles/hourly-cost.drl.csv"));
        Path f = dir.resolve("profiles/hourly-cost.drl.csv");
        Files.createDirectories(f.getParent());
        Files.write(f, table.getBytes(java.nio.charset.Charset.forName("GBK")));
        int firstNonAscii = 0;
        while (table.charAt(firstNonAscii) < 0x80) {
            firstNonAscii++;
        }
        long firstChinese = 1 + table.substring(0, firstNonAscii).chars().filter(c -> c == '\n').count();
        assertThat(firstChinese).as("the table's first Chinese text").isEqualTo(8);
        CliRun run = check();
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains(f + ":" + firstChinese + ": error: the file is not UTF-8 text (saved as GBK or ANSI?);"
                + " save it as UTF-8 (in Excel: CSV UTF-8)");
        assessExits3();
    }

    @Test
    void tableWithSemicolons_isNamedAsSuch_notAsAMisplacedQuote() throws Exception {
        String table = Files.readString(Fixtures.ROOT.resolve("rules/profiles/hourly-cost.drl.csv"));
        String f = file("profiles/hourly-cost.drl.csv", semicolons(table));
        CliRun run = check();
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains(f + ":1: error: the cells are separated by ';', not ','")
                .doesNotContain("a quote inside cell");
    }

    /** The table as a spreadsheet in a European locale saves it: ';' between cells, commas left inside quotes. */
    private static String semicolons(String csv) {
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        for (char c : csv.toCharArray()) {
            quoted ^= c == '"';
            out.append(c == ',' && !quoted ? ';' : c);
        }
        return out.toString();
    }

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
                + " (rules/catalogue/verdicts.yaml); known: holds-unless");
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
