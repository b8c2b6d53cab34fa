package io.roiassay.engine.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Out of memory in a rule is the rule pack's failure (exit 3, naming the rule), one line, no stack trace. A rule
 * asks for an array larger than any JVM allows, so the {@link OutOfMemoryError} comes at once whatever the heap,
 * and nothing is really allocated. (Out of memory anywhere else still says "out of memory … raise it with
 * JAVA_OPTS=-Xmx…", exit 1; a plugin's is a plugin/failed finding.)
 */
class OutOfMemoryCliTest {

    @TempDir
    static Path dir;

    private static Path hungry;

    @BeforeAll
    static void overlay() throws Exception {
        hungry = overlay("hungry", "Wants all the memory", "CaseTotals()", "long[] all = new long[2147483647];");
    }

    /** An overlay folder {@code name} with one findings rule of the given conditions and consequence. */
    private static Path overlay(String name, String rule, String when, String then) throws Exception {
        Path folder = dir.resolve(name);
        Fixtures.write(folder.resolve("mistakes/" + name + ".drl"), "package my.rules;\n"
                + "import io.roiassay.engine.facts.*;\n\n"
                + "rule \"" + rule + "\"\n    agenda-group \"findings\"\nwhen\n    " + when.replace("\n", "\n    ")
                + "\nthen\n    " + then + "\nend\n");
        return folder;
    }

    @Test
    void assess_ruleOutOfMemory_isOneLineNamingTheRule_exit3() {
        CliRun run = CliRun.of("assess", Fixtures.ACME.toString(), "--rules", hungry.toString(), "--draws", "0");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("assay: rule 'Wants all the memory' (mistakes/hungry.drl, line 4) ran out of memory:"
                + " it allocates more than the JVM's heap holds (").endsWith("); the assessment is void (exit 3)\n")
                .hasLineCount(1);
    }

    @Test
    void batch_ruleOutOfMemory_isAnErrorRecordPerCaseNamingTheRule_exit3() throws Exception {
        Path jsonl = Fixtures.ROOT.resolve("examples/batch/examples.jsonl");

        CliRun run = CliRun.of("batch", jsonl.toString(), "--jobs", "1", "--rules", hungry.toString());

        assertThat(run.exitCode()).isEqualTo(3); // the pack's defect, as assess says it, not the cases'
        assertThat(run.out().lines()).hasSize((int) Files.lines(jsonl).count())
                .allMatch(l -> l.contains("roi-assay/error-1") && l.contains("'Wants all the memory'")
                        && l.contains("ran out of memory"));
        assertThat(run.err()).doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
    }

    @Test
    void assess_conditionOutOfMemory_blamesNoInnocentRule() throws Exception {
        Path inCondition = overlay("in-condition", "Wants all the memory to decide",
                "$t: CaseTotals()\neval($t != null && new long[2147483647].length > 0)", "");

        CliRun run = CliRun.of("assess", Fixtures.ACME.toString(), "--rules", inCondition.toString(), "--draws", "0");

        assertThat(run.exitCode()).isEqualTo(3);
        // the engine was evaluating conditions, not running a consequence: it must not name the last rule that fired
        assertThat(run.err().lines().filter(l -> l.startsWith("assay:"))).singleElement().asString()
                .startsWith("assay: a rule's condition (the engine cannot tell which; the last rule to fire was '")
                .contains(") ran out of memory: it allocates more than the JVM's heap holds");
        assertThat(run.err()).doesNotContain("\tat ");
    }

    @Test
    void assess_constantConditionOutOfMemory_whileTheRulesAreSetUp_exit3() throws Exception {
        Path constant = overlay("constant", "Constant hunger", "eval(new long[2147483647].length > 0)", "");

        CliRun run = CliRun.of("assess", Fixtures.ACME.toString(), "--rules", constant.toString(), "--draws", "0");

        assertThat(run.exitCode()).isEqualTo(3); // was 1, "unexpected error: … InvocationTargetException"
        assertThat(run.err()).contains("the rule pack compiled, but its rules could not be set up: cannot load rule model"
                + " my.rules.").contains("java.lang.OutOfMemoryError: Requested array size exceeds VM limit")
                .doesNotContain("unexpected error").doesNotContain("\tat ");
    }
}
