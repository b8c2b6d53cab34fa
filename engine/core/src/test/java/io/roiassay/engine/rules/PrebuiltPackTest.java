package io.roiassay.engine.rules;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built-in pack precompiled into the tool's jar is scanned once, by the build ({@link PackPrecompiler}),
 * not at every start: the scan the build runs finds forbidden code, and only a pack whose sources are
 * exactly the built-in ones can be taken from the jar.
 */
class PrebuiltPackTest {

    @Test
    void buildTimeScan_findsTheForbiddenCallInAKjar() throws Exception {
        RuleFile evil = new RuleFile("evil.drl", "overlay", """
                package x;
                import io.roiassay.engine.facts.*;
                global Outcome outcome;
                rule "exits" agenda-group "findings"
                when CaseFact()
                then System.exit(0);
                end
                """.getBytes(StandardCharsets.UTF_8));
        byte[] kjar = new DroolsCompiler(new KjarCache(null)).build(List.of(evil));
        assertThat(ModelLoader.violations(kjar)).anySatisfy(v -> assertThat(v.call()).startsWith("java.lang.System.exit"));
    }

    @Test
    void prebuiltKjar_isNeverOfferedForAnotherPack_norWithoutTheClassPathCache() {
        String other = RuleSources.hash(List.of(new RuleFile("mine.drl", "overlay", "rule \"r\" when then end".getBytes())));
        assertThat(new KjarCache(null).prebuilt(other)).isNull();
        assertThat(KjarCache.none().prebuilt(RuleSources.hash(RuleSources.builtIn()))).isNull();
    }
}
