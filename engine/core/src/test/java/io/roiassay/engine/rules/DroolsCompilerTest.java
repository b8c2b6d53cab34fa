package io.roiassay.engine.rules;

import io.roiassay.engine.facts.CaseTotals;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DroolsCompilerTest {

    private static final String HEADER = """
            package test.rules;
            import io.roiassay.engine.facts.*;
            global Outcome outcome;
            """;

    private static RuleFile file(String path, String text) {
        return new RuleFile(path, "/tmp/overlay", text.getBytes(StandardCharsets.UTF_8));
    }

    private static CaseTotals totals(String... categories) {
        return new CaseTotals(BigDecimal.TEN, BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                -1, -1, Set.of(categories));
    }

    @Test
    void compile_validPack_firesRuleAndRecordsFileInFindingAndTrace() throws Exception {
        RulePack pack = new DroolsCompiler().compile(List.of(file("hidden-costs/training.drl", HEADER + """
                rule "no training cost"
                  agenda-group "findings"
                when
                  $t: CaseTotals(!has("training"))
                then
                  outcome.finding(drools, "hidden-cost/training", "warning").en("none").zh("无");
                end
                """)));
        try (RuleRun run = pack.newRun()) {
            run.insert(totals("license"));
            run.fire(Phase.FINDINGS);
            assertThat(run.outcome().findings()).singleElement().satisfies(f -> {
                assertThat(f.getCode()).isEqualTo("hidden-cost/training");
                assertThat(f.getRule().name()).isEqualTo("no training cost");
                assertThat(f.getRule().file()).isEqualTo("hidden-costs/training.drl");
            });
            assertThat(run.trace()).singleElement().satisfies(t -> {
                assertThat(t.rule()).isEqualTo("no training cost");
                assertThat(t.file()).isEqualTo("hidden-costs/training.drl");
                assertThat(t.facts()).singleElement().asString().startsWith("CaseTotals(");
            });
        }
        assertThat(pack.contentHash()).startsWith("sha256:").hasSize(71);
    }

    @Test
    void compile_syntaxError_namesFileAndLine() {
        List<RuleFile> files = List.of(file("verdict/grade.drl", HEADER + """
                rule "broken"
                when
                  $t: CaseTotals(totalCosts >
                then
                end
                """));
        assertThatThrownBy(() -> new DroolsCompiler().compile(files))
                .isInstanceOf(RulePackException.class)
                .hasMessageContaining("/tmp/overlay/verdict/grade.drl:")
                .satisfies(e -> assertThat(((RulePackException) e).problems())
                        .allSatisfy(p -> assertThat(p.line()).isBetween(5, 8)));
    }

    @Test
    void compile_noRuleFiles_isAnError() {
        assertThatThrownBy(() -> new DroolsCompiler().compile(List.of(file("README.md", "hi"))))
                .isInstanceOf(RulePackException.class)
                .hasMessageContaining("no rule files");
    }
}
