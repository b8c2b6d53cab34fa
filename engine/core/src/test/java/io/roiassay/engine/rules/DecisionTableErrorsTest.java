package io.roiassay.engine.rules;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A table Drools cannot read is reported at its file, row and column, wherever Drools' message names the cell. */
class DecisionTableErrorsTest {

    private static final List<RuleFile> FILES = List.of(
            new RuleFile("profiles/mine.drl.csv", "/home/c/my-rules", "x".getBytes(StandardCharsets.UTF_8)));

    @Test
    void cellAtTheEndOfTheMessage() {
        RuleProblem p = DecisionTables.parseError(new IllegalStateException(
                "[roi-assay/rules/profiles/mine.drl.csv] Priority is not an integer literal, in cell B10"), FILES);

        assertThat(p).isEqualTo(new RuleProblem("/home/c/my-rules/profiles/mine.drl.csv", 10, 2,
                "the decision table cannot be read: Priority is not an integer literal (cell B10)", true));
    }

    @Test
    void cellInsideTheMessage_stillLocated() {
        RuleProblem p = DecisionTables.parseError(new RuntimeException("wrapped", new IllegalArgumentException(
                "[roi-assay/rules/profiles/mine.drl.csv] Unknown keyword in cell AB6, leave this cell blank")), FILES);

        assertThat(p.line()).isEqualTo(6);
        assertThat(p.column()).isEqualTo(28); // A..Z = 1..26, AA = 27, AB = 28
        assertThat(p.message()).isEqualTo("the decision table cannot be read: Unknown keyword in cell AB6, leave this cell blank");
    }

    @Test
    void theSpreadsheetLibrarysSizeLimit_inWords_withoutItsAdviceToFileABug() {
        // a hardening review's .drl.xlsx whose sheet XML unpacks to 900 MB of whitespace
        RuleProblem p = DecisionTables.parseError(new IllegalStateException("[roi-assay/rules/profiles/mine.drl.csv] Tried to"
                + " allocate an array of length 943,719,562, but the maximum length for this record type is 100,000,000.\n"
                + "If the file is not corrupt and not large, please open an issue on bugzilla to request \nincreasing the"
                + " maximum allowable size for this record type.\nYou can set a higher override value with"
                + " IOUtils.setByteArrayMaxOverride()"), FILES);

        assertThat(p.message()).isEqualTo("the decision table cannot be read: a part of the spreadsheet unpacks to 943,719,562"
                + " bytes, more than a decision table may hold (100,000,000 bytes); the file is damaged or not a table: save"
                + " the table again from the spreadsheet program, or as .drl.csv");
    }

    @Test
    void messageAboutAnotherFile_orNoTable_isNotClaimed() {
        assertThat(DecisionTables.parseError(new IllegalStateException("[roi-assay/rules/other.drl.csv] bad, in cell A1"), FILES))
                .isNull();
        assertThat(DecisionTables.parseError(new IllegalStateException("no table here"), FILES)).isNull();
    }

    @Test
    void aFileNameWithABracket_isStillLocated() {
        List<RuleFile> files = List.of(new RuleFile("profiles/my]costs.drl.csv", "/home/c/my-rules",
                "x".getBytes(StandardCharsets.UTF_8)));

        RuleProblem p = DecisionTables.parseError(new IllegalStateException(
                "[roi-assay/rules/profiles/my]costs.drl.csv] Priority is not an integer literal, in cell B10"), files);

        assertThat(p).isEqualTo(new RuleProblem("/home/c/my-rules/profiles/my]costs.drl.csv", 10, 2,
                "the decision table cannot be read: Priority is not an integer literal (cell B10)", true));
    }
}
