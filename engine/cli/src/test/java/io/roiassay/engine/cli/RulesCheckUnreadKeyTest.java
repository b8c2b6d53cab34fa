package io.roiassay.engine.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A profile key a table sets that nothing reads, and a note for a key the table does not set: {@code rules check}
 * warns at the key's line and column with the key meant (a consultant review: a table setting
 * {@code adoptionThreshhold} passed with 0 warnings, the built-in 0.7 stayed, and the client's source note was
 * shown beside it).
 */
class RulesCheckUnreadKeyTest extends RulesCheckOverlay {

    private String adoptionTable(String setKey, String noteKey) throws Exception {
        return file("profiles/our-adoption.drl.csv", "RuleSet,io.roiassay.rules.profiles\n"
                + "Import,\"io.roiassay.engine.facts.Profile, java.math.BigDecimal\"\nNotes,Our adoption threshold\n,\n"
                + "RuleTable Our adoption\nNAME,PRIORITY,CONDITION,AGENDA-GROUP,ACTION,ACTION\n,,$p: Profile,,,\n"
                + ",,\"industryIs(\"\"$param\"\")\",,\"$p.set(\"\"" + setKey + "\"\", new BigDecimal(\"\"$param\"\"),"
                + " \"\"assumption\"\", \"\"假设\"\");\",\"$p.note(\"\"" + noteKey + "\"\", \"\"$param\"\");\"\n"
                + "rule,salience,industry,phase,adoptionThreshold,adoptionThreshold source\n"
                + "Our retail adoption,5,retail,profile,0.5,client survey 2025\n");
    }

    @Test
    void aMistypedKeyATableSets_warnsWithTheKeyMeant_andTheNoteForAnotherKeyToo() throws Exception {
        String f = adoptionTable("adoptionThreshhold", "adoptionThreshold");
        CliRun run = check();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(f + ":8:39: warning: profile key \"adoptionThreshhold\" is set here, but no rule,"
                        + " engine step or plugin reads it, so the value is lost and the built-in one stays; did you mean"
                        + " \"adoptionThreshold\"?")
                .contains(f + ":8:126: warning: a note for profile key \"adoptionThreshold\", which this file does not"
                        + " set: the note would describe the value another rule set; the file sets \"adoptionThreshhold\"")
                .contains("2 warnings");
    }

    @Test
    void theKeyRightlySpelled_noWarning() throws Exception {
        adoptionTable("adoptionThreshold", "adoptionThreshold");
        CliRun run = check();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(", 0 warnings").doesNotContain("warning:");
    }

    @Test
    void aPluginsDeclaredAssumption_setByATable_isRead() throws Exception {
        // workWeeksPerYear is the marketing and sales plugins' own assumption: a profile may set it
        adoptionTable("workWeeksPerYear", "workWeeksPerYear");
        assertThat(check().out()).doesNotContain("warning:");
    }
}
