package io.roiassay.engine.cli;

import org.junit.jupiter.api.Test;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mistakes in an overlay's decision tables and in how its files are saved (no condition, a source without its value,
 * duplicate rows, a cell {@code assess} would fail on, an encoding or separator a spreadsheet chose): {@code rules
 * check} names each at its row or line and exits 3, as {@code assess} would.
 */
class RulesCheckTableMistakesTest extends RulesCheckOverlay {

    /** The hourly-cost table's header with a Functions line and one row whose action cell is {@code action}. */
    private String hourlyTable(String functions, String action, String row) throws Exception {
        return file("profiles/probe.drl.csv", "RuleSet,io.roiassay.rules.profiles\n"
                + "Import,\"io.roiassay.engine.facts.Profile, io.roiassay.engine.facts.CaseFact, java.math.BigDecimal\"\n"
                + functions + "\n\nRuleTable Loaded hourly cost\n"
                + "NAME,PRIORITY,CONDITION,CONDITION,AGENDA-GROUP,ACTION\n,,$p: Profile,CaseFact,,\n"
                + ",,\"industryIs(\"\"$param\"\")\",\"currency == \"\"$param\"\"\",,\"" + action + "\"\n"
                + "rule,salience,industry,currency,phase,loadedHourlyCost\n" + row + "\n");
    }

    @Test
    void recursiveFunctionInATable_isNamedAtItsLine_withoutTheGeneratedClass() throws Exception {
        // a hardening review: "rules (package …): error: function spin is recursive (io.….Rules65276BB3….spin …)"
        String f = hourlyTable("Functions,\"function int spin(int n) { return n <= 0 ? 0 : spin(n - 1) + 1; }\"",
                "$p.set(\"\"loadedHourlyCost\"\", new BigDecimal(spin(3)), \"\"assumption\"\", \"\"假设\"\");", "Probe f,40,any,CNY,profile,120");
        CliRun run = check();
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains(f + ":3: error: function spin is recursive (spin can call itself again)")
                .doesNotContain("Rules", "(package ");
    }

    @Test
    void forbiddenCallInATableRow_isNamedAtTheRowsLine() throws Exception {
        // the value cell closes the call and adds its own: refused, and now at the row (line 10), not only the file
        String f = hourlyTable("Notes,\"probe\"", "$p.set(\"\"loadedHourlyCost\"\", new BigDecimal(\"\"$param\"\"), \"\"assumption\"\", \"\"假设\"\");",
                "Probe inj,40,any,CNY,profile,\"120\"\"), null, null); System.exit(0); $p.set(\"\"x\"\", new BigDecimal(\"\"1\"");
        CliRun run = check();
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains(f + ":10: error: rule 'Probe inj' calls ");
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
    void tableCellThatIsNotANumber_isAnErrorAtItsCell_withTheNumberMeant() throws Exception {
        // a consultant review: only the row was named, with Java's "Character , is neither a decimal digit number …"
        String f = retailRow("typicalGrossMargin", "\"0,28\"", "retail");
        CliRun run = check();
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains(f + ":10:35: error: the row \"Our retail row\" gives G (typicalGrossMargin) as"
                + " '0,28', which is not a number: write 0.28 (a decimal point, not a comma)").doesNotContain("Character");
        assessExits3();
        retailRow("typicalGrossMargin", "abc", "retail");
        assertThat(check().out()).contains("as 'abc', which is not a number: write a number such as 0.28");
    }

    @Test
    void unquotedDecimalComma_thatShiftsTheCells_isAnError_notAMarginOfZero() throws Exception {
        // a consultant review: 0,28 unquoted read as margin 0 with source "28", ROI -100 %, and 0 warnings
        String f = overlayTable("Our retail margin,5,retail,,,profile,0,28,\"our client's audited accounts, 2025\"");
        CliRun run = check();
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains(f + ":10:38: error: the row \"Our retail margin\" gives typicalGrossMargin as '0'"
                + " and its source as '28': a decimal comma (0,28) splits the number over two cells and shifts every cell"
                + " after it; write 0.28 in column G (typicalGrossMargin)");
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
        String f = retailRow("typicalGrossMargin", "28", "agriculture");
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

    @Test
    void tableWithSemicolons_whoseImportCellLostItsQuotes_isStillNamedAsSuch() throws Exception {
        // a consultant review: Excel wrote the Import list (with its comma) unquoted; the check read a quote mistake at line 8
        String table = semicolons(Files.readString(Fixtures.ROOT.resolve("rules/profiles/hourly-cost.drl.csv")));
        String f = file("profiles/hourly-cost.drl.csv", table.replaceFirst("(?m)^Import;\"([^\"]*)\"", "Import;$1"));
        assertThat(Files.readString(Fixtures.ROOT.resolve("rules/profiles/hourly-cost.drl.csv"))).contains("Import,\"");
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
}
