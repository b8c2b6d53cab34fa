package io.roiassay.engine.rules;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/rule-reference.md is what {@link RuleReference} generates from the engine's classes, so it cannot drift. */
class RuleReferenceTest {

    private static final Path DOC = Path.of("../..").toAbsolutePath().normalize().resolve("docs/rule-reference.md");

    @Test
    void committedReference_isWhatTheGeneratorWrites() throws Exception {
        String generated = RuleReference.render();
        if (Boolean.getBoolean("updateRuleReference")) {
            Files.writeString(DOC, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/rule-reference.md is stale: regenerate it with -DupdateRuleReference=true (see its header)")
                .isEqualTo(generated);
    }

    @Test
    void reference_listsFactFieldsHelpersAndPhases() {
        String doc = RuleReference.render();
        assertThat(doc).contains("| `findings` | ").contains("### CaseTotals").contains("| `totalCosts` | BigDecimal |")
                .contains("`has(String) → boolean`").contains("`finding(drools, String) → Finding`")
                .contains("`becauseAll(List<?>) → Recommendation`").contains("`evidence(String, Object) → Finding`")
                .contains("`number(String) → BigDecimal`").contains("| severity | \"info\", \"warning\", \"major\" |");
    }
}
