package io.roiassay.engine.rules;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link DroolsCompiler#compileBuiltIn()} builds the precompiled pack's knowledge base before it has read and
 * hashed the sources, and keeps it only when the precompiled pack's key matches them.
 */
class BuiltInPackLoadTest {

    private static List<RuleFile> builtIn;
    private static byte[] builtInKjar;

    @BeforeAll
    static void precompile() throws Exception {
        builtIn = RuleSources.builtIn();
        // Compiled once per test run: the suite's cache (target/pack-cache) keeps it for every test that needs it.
        new DroolsCompiler().compile(builtIn);
        builtInKjar = KjarCache.standard().find(RuleSources.hash(builtIn));
        assertThat(builtInKjar).as("the built-in pack in the suite's cache").isNotNull();
    }

    @Test
    void precompiledPackOfTheSameSources_isUsed_andNothingIsCompiled(@TempDir Path cache) throws Exception {
        RulePack pack = new DroolsCompiler(KjarCache.withPrebuilt(cache, builtInKjar)).compileBuiltIn();

        assertThat(pack.contentHash()).isEqualTo(RuleSources.hash(builtIn));
        assertThat(pack.files()).extracting(RuleFile::path).isEqualTo(builtIn.stream().map(RuleFile::path).toList());
        assertThat(cache).as("a compiled pack would have been cached here").isEmptyDirectory();
        assertThat(ruleNames(pack)).contains("Headline: the grade holds unless a driver crosses its boundary");
    }

    @Test
    void precompiledPackOfOtherSources_isDropped_forThePackOfTheBuiltInSources(@TempDir Path cache) throws Exception {
        RuleFile other = new RuleFile("other.drl", "overlay", """
                package x;
                import io.roiassay.engine.facts.*;
                global Outcome outcome;
                rule "only rule of another pack" agenda-group "findings"
                when CaseFact()
                then
                end
                """.getBytes(StandardCharsets.UTF_8));
        byte[] otherKjar = new DroolsCompiler(KjarCache.none()).build(List.of(other));

        KjarCache withOther = KjarCache.withPrebuilt(cache, otherKjar);
        withOther.store(RuleSources.hash(builtIn), builtInKjar); // what compiling the sources gives, without the wait

        RulePack pack = new DroolsCompiler(withOther).compileBuiltIn();

        assertThat(pack.contentHash()).isEqualTo(RuleSources.hash(builtIn));
        assertThat(ruleNames(pack)).doesNotContain("only rule of another pack")
                .contains("Headline: the grade holds unless a driver crosses its boundary");
    }

    private static List<String> ruleNames(RulePack pack) {
        return ((DroolsRulePack) pack).kieBase().getKiePackages().stream()
                .flatMap(p -> p.getRules().stream()).map(org.kie.api.definition.rule.Rule::getName).toList();
    }
}
