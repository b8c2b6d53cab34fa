package io.roiassay.engine.assess;

import io.roiassay.engine.Examples;
import io.roiassay.engine.RoiAssay;
import io.roiassay.engine.rules.RuleExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * An overlay cannot make a report say what its figures did not use, or leave the verdict out: an assumption set
 * after the profile phase fails the assessment naming the rule, and a pack that decides no verdict fails it too
 * (exit 3), instead of a report with a value nobody used or a null verdict and exit 0.
 */
class RunIntegrityTest {

    private static Throwable assessWith(Path overlay) throws Exception {
        var assay = RoiAssay.builder().rulesOverlay(overlay).build();
        return catchThrowable(() -> assay.engine().assess(Examples.read("acme-retail.yaml"), "en"));
    }

    @Test
    void anAssumptionSetInTheFindingsPhase_failsNamingTheRuleAndTheKey(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("mistakes"));
        Files.writeString(dir.resolve("mistakes/late.drl"), """
                package io.roiassay.rules.mistakes;
                import io.roiassay.engine.facts.*;
                import java.math.BigDecimal;
                rule "Late margin"
                    agenda-group "findings"
                when
                    $p: Profile()
                then
                    $p.set("typicalGrossMargin", new BigDecimal("0.9"), "mine");
                end
                """);
        assertThat(assessWith(dir)).isInstanceOf(RuleExecutionException.class)
                .hasMessageStartingWith("rule 'Late margin' (mistakes/late.drl, line 4) failed: 'typicalGrossMargin' was "
                        + "set on the profile after the profile phase");
    }

    @Test
    void aPackThatDecidesNoVerdict_failsTheAssessment(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("verdict"));
        Files.writeString(dir.resolve("verdict/grades.drl"), "package io.roiassay.rules.verdict;\n");
        assertThat(assessWith(dir)).isInstanceOf(RuleExecutionException.class)
                .hasMessageStartingWith("no rule decided a verdict for case 'acme-retail-2025'");
    }

    @Test
    void aVerdictWithoutAGrade_failsNamingTheRule_notABareNullPointerException(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("verdict"));
        Files.writeString(dir.resolve("verdict/grades.drl"), """
                package io.roiassay.rules.verdict;
                import io.roiassay.engine.facts.*;
                global Outcome outcome;
                rule "No grade"
                    agenda-group "verdict"
                when
                    Figures(adjusted)
                    not Verdict()
                then
                    outcome.verdict(drools, null, null);
                end
                """);
        assertThat(assessWith(dir)).isInstanceOf(RuleExecutionException.class)
                .hasMessageContaining("rule 'No grade' decided a verdict without a grade");
    }
}
