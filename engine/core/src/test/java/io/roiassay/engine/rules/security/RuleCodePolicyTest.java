package io.roiassay.engine.rules.security;

import io.roiassay.engine.rules.DroolsCompiler;
import io.roiassay.engine.rules.KjarCache;
import io.roiassay.engine.rules.RuleFile;
import io.roiassay.engine.rules.RulePackException;
import io.roiassay.engine.rules.RuleProblem;
import io.roiassay.engine.rules.RuleSources;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Hostile rule files are refused before any of their code runs, naming file, rule and the call. */
class RuleCodePolicyTest {

    private static final String HOSTILE = """
            package evil.rules;
            import io.roiassay.engine.facts.*;
            global Outcome outcome;

            rule "exits"
            when CaseFact()
            then System.exit(0);
            end

            rule "runs a command"
            when CaseFact()
            then Runtime.getRuntime().exec(new String[] {"touch", "/tmp/pwned"});
            end

            rule "builds a process"
            when CaseFact()
            then new ProcessBuilder("id").start();
            end

            rule "deletes a file"
            when CaseFact()
            then java.nio.file.Files.delete(java.nio.file.Path.of("/tmp/victim"));
            end

            rule "reads a file"
            when CaseFact()
            then outcome.toString(); new java.io.FileInputStream("/etc/passwd").read();
            end

            rule "reads an env var"
            when CaseFact()
            then outcome.toString(); String s = System.getenv("HOME");
            end

            rule "opens a socket"
            when CaseFact()
            then new java.net.Socket("127.0.0.1", 9);
            end

            rule "reflects"
            when CaseFact()
            then Class.forName("java.lang.Runtime").getMethod("getRuntime").invoke(null);
            end

            rule "starts a thread"
            when CaseFact()
            then new Thread().start();
            end

            rule "reads a system property"
            when CaseFact()
            then outcome.toString(); Integer.getInteger("user.home");
            end

            rule "writes to stdout"
            when CaseFact()
            then System.out.println("hi");
            end

            rule "halts the run"
            when CaseFact()
            then drools.halt();
            end

            rule "moves the agenda"
            when CaseFact()
            then drools.setFocus("verdict");
            end

            rule "deletes the profile"
            when $p: Profile()
            then delete($p);
            end

            rule "freezes the profile"
            when $p: Profile()
            then $p.freeze();
            end
            """;

    private static List<RuleProblem> problems;

    @BeforeAll
    static void compileOnce() {
        RuleFile file = new RuleFile("evil.drl", "overlay", HOSTILE.getBytes(StandardCharsets.UTF_8));
        RulePackException e = catchThrowableOfType(
                () -> new DroolsCompiler(new KjarCache(null)).compile(List.of(file)), RulePackException.class);
        assertThat(e).as("a hostile pack must be refused").isNotNull();
        problems = e.problems();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "exits|java.lang.System.exit",
            "runs a command|java.lang.Runtime.getRuntime",
            "builds a process|java.lang.ProcessBuilder",
            "deletes a file|java.nio.file.Files.delete",
            "reads a file|java.io.FileInputStream",
            "reads an env var|java.lang.System.getenv",
            "opens a socket|java.net.Socket",
            "reflects|java.lang.Class.forName",
            "starts a thread|java.lang.Thread",
            "reads a system property|java.lang.Integer.getInteger",
            "writes to stdout|java.lang.System.out",
            "halts the run|org.drools.model.Drools.halt",
            "moves the agenda|org.drools.model.Drools.setFocus",
            "deletes the profile|org.drools.model.Drools.delete",
            "freezes the profile|io.roiassay.engine.facts.Profile.freeze"})
    void hostileRule_isRefusedNamingFileLineRuleAndCall(String rule, String call) {
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.error()).isTrue();
            assertThat(p.file()).isEqualTo("overlay/evil.drl");
            assertThat(p.line()).isEqualTo(HOSTILE.lines().toList().indexOf("rule \"" + rule + "\"") + 1);
            assertThat(p.message()).startsWith("rule '" + rule + "' calls " + call);
        });
    }

    @Test
    void builtInPack_usesOnlyAllowedCode() throws Exception {
        assertThat(new DroolsCompiler().compile(RuleSources.builtIn()).contentHash()).startsWith("sha256:");
    }

    @Test
    void policy_refusesSystemButAllowsArraycopyAndBigDecimal() {
        assertThat(CodePolicy.allows("java/lang/System", "exit")).isFalse();
        assertThat(CodePolicy.allows("java/lang/System", "arraycopy")).isTrue();
        assertThat(CodePolicy.allows("java/math/BigDecimal", "add")).isTrue();
        assertThat(CodePolicy.allows("[Ljava/lang/Thread;", "clone")).isFalse();
        assertThat(CodePolicy.kind("java/lang/reflect/Method")).isEqualTo("reflection or class loading");
        // a rule may insert and update (modify) facts, but not stop the run, steer it or delete the engine's facts
        assertThat(CodePolicy.allows("org/drools/model/Drools", "update")).isTrue();
        assertThat(CodePolicy.allows("org/drools/model/Drools", "insert")).isTrue();
        assertThat(CodePolicy.allows("org/drools/model/Drools", "halt")).isFalse();
        assertThat(CodePolicy.kind("org/drools/model/Drools", "halt")).startsWith("control of the rule run");
        assertThatThrownBy(() -> {
            throw new RulePackException("x");
        }).isInstanceOf(RulePackException.class);
    }
}
