package io.roiassay.engine.rules;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** House rules for the pack's files: a header comment, a phase on every rule, no duplicate rule names. */
class RulePackFilesTest {

    private static final Pattern RULE = Pattern.compile("(?m)^rule \"([^\"]+)\"\\s*\\n\\s*agenda-group \"(\\w+)\"");

    @Test
    void everyFile_startsWithHeaderAndEveryRuleNamesItsPhase() throws Exception {
        var files = RulePackHarness.sourceFiles().stream().filter(RuleFile::isRuleSource).toList();
        assertThat(files).hasSizeGreaterThan(40);
        java.util.Set<String> names = new java.util.HashSet<>();
        for (RuleFile f : files) {
            String text = new String(f.content(), StandardCharsets.UTF_8);
            if (f.path().endsWith(".drl.csv")) {
                // a decision table: a Notes line says what it holds; every row fires in the profile phase
                assertThat(text).as(f.path()).containsPattern("(?m)^Notes,");
                assertThat(text).as(f.path()).contains("AGENDA-GROUP");
                for (DecisionTables.Row row : DecisionTables.csvRows(text)) {
                    assertThat(names.add(row.ruleName())).as("duplicate rule name " + row.ruleName()).isTrue();
                }
                continue;
            }
            assertThat(text).as(f.path()).startsWith("// ");
            long rules = Pattern.compile("(?m)^rule \"").matcher(text).results().count();
            Matcher m = RULE.matcher(text);
            int withPhase = 0;
            while (m.find()) {
                withPhase++;
                assertThat(m.group(2)).as(f.path() + " " + m.group(1))
                        .isIn("classify", "profile", "findings", "verdict", "recommendations");
                assertThat(names.add(m.group(1))).as("duplicate rule name " + m.group(1)).isTrue();
            }
            assertThat(withPhase).as(f.path() + ": every rule declares agenda-group first").isEqualTo(rules);
        }
    }

    @Test
    void builtInPack_isTheSameFilesAsOnDisk() throws Exception {
        var builtIn = RuleSources.builtIn().stream().filter(RuleFile::isRuleSource).map(RuleFile::path).toList();
        var onDisk = RulePackHarness.sourceFiles().stream().filter(RuleFile::isRuleSource).map(RuleFile::path).toList();
        assertThat(builtIn).isEqualTo(onDisk);
        assertThat(new DroolsCompiler().compile(RuleSources.builtIn()).contentHash())
                .isEqualTo(RulePackHarness.pack().contentHash());
    }

    @Test
    void pack_compilesFromDiskAndHasAHash() {
        assertThat(RulePackHarness.pack().contentHash()).startsWith("sha256:");
    }
}
