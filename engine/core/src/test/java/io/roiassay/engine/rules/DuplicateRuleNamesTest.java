package io.roiassay.engine.rules;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Rule names used twice in a package are put on the overlay's rule, at its line or row, naming the other. */
class DuplicateRuleNamesTest {

    private static RuleFile file(String path, String origin, String text) {
        return new RuleFile(path, origin, text.getBytes(StandardCharsets.UTF_8));
    }

    private static final String BUILT_IN_DRL = """
            package my.rules;
            // rule "Commented out" is not a rule
            rule "Training missing"
            when
            then
            end
            """;

    @Test
    void overlayDrlReusingBuiltInName_problemOnOverlayLineNamingBuiltInLine() {
        RuleFile builtIn = file("hidden-costs/training.drl", RuleSources.BUILT_IN, BUILT_IN_DRL);
        RuleFile overlay = file("mistakes/mine.drl", "/home/c/my-rules", """
                package my.rules;

                /* a block comment
                   over two lines */
                rule 'Training missing'
                when
                then
                end
                """);

        // the overlay file comes first in the list: the problem still goes to it, not to the built-in file
        assertThat(DuplicateRuleNames.check(List.of(overlay, builtIn))).containsExactly(new RuleProblem(
                "/home/c/my-rules/mistakes/mine.drl", 5, 0, "rule name 'Training missing' is already used by"
                + " rules/hidden-costs/training.drl:3 (package my.rules): a rule name may appear once per package;"
                + " give this rule a name of its own", true));
    }

    @Test
    void sameNameInAnotherPackage_orCommentedOut_isNoProblem() {
        RuleFile builtIn = file("hidden-costs/training.drl", RuleSources.BUILT_IN, BUILT_IN_DRL);
        RuleFile other = file("mistakes/mine.drl", "/o", BUILT_IN_DRL.replace("my.rules", "their.rules"));
        RuleFile commented = file("mistakes/commented.drl", "/o", "package my.rules;\n// rule \"Training missing\"\n");

        assertThat(DuplicateRuleNames.check(List.of(builtIn, other, commented))).isEmpty();
    }

    @Test
    void twoOverlayFiles_problemOnTheLaterOne() {
        RuleFile a = file("a.drl", "/o", BUILT_IN_DRL);
        RuleFile b = file("b.drl", "/o", BUILT_IN_DRL);

        assertThat(DuplicateRuleNames.check(List.of(a, b))).extracting(RuleProblem::file, RuleProblem::line)
                .containsExactly(tuple("/o/b.drl", 3));
    }
}
