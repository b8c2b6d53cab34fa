package io.roiassay.engine.rules.security;

import io.roiassay.engine.rules.DroolsCompiler;
import io.roiassay.engine.rules.KjarCache;
import io.roiassay.engine.rules.RuleFile;
import io.roiassay.engine.rules.RulePackException;
import io.roiassay.engine.rules.RuleProblem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Rule code cannot run forever by construction: loops and recursion in code from rule files are refused
 * before the pack loads, so a consequence that never returns cannot hang an embedding service either.
 */
class RuleLoopPolicyTest {

    private static final String LOOPING = """
            package loopy.rules;
            import io.roiassay.engine.facts.*;
            global Outcome outcome;

            function int countdown(int n) {
                return n <= 0 ? 0 : countdown(n - 1);
            }

            function int ping(int n) {
                return n <= 0 ? 0 : pong(n - 1);
            }

            function int pong(int n) {
                return ping(n);
            }

            rule "spins forever"
            when CaseFact()
            then while (true) { outcome.toString(); }
            end

            rule "counts with for"
            when CaseFact()
            then int s = 0; for (int i = 0; i < 10; i++) { s += i; }
            end

            rule "iterates a list"
            when CaseFact()
            then for (Object o : java.util.List.of(1, 2)) { o.toString(); }
            end

            rule "loops with do"
            when CaseFact()
            then int k = 3; do { k--; } while (k > 0);
            end

            rule "calls a recursive function"
            when CaseFact()
            then countdown(5);
            end

            rule "recurses through a lambda"
            when CaseFact()
            then
                java.util.List<java.util.function.IntUnaryOperator> self = new java.util.ArrayList<>();
                self.add(n -> n <= 0 ? 0 : self.get(0).applyAsInt(n - 1) + self.get(0).applyAsInt(n - 1));
                self.get(0).applyAsInt(200);
            end

            rule "recurses through a wrapped comparator"
            when CaseFact()
            then
                java.util.List<java.util.function.Function<String, String>> f = new java.util.ArrayList<>();
                java.util.List<String> l = new java.util.ArrayList<>(java.util.List.of("a", "b"));
                f.add(s -> { l.sort(java.util.Comparator.comparing(f.get(0))); return s; });
                l.sort(java.util.Comparator.comparing(f.get(0)));
            end

            rule "declares an anonymous class"
            when CaseFact()
            then
                Object o = new Object() { public String toString() { return String.valueOf(this) + this; } };
                o.toString();
            end

            rule "makes a Comparable lambda"
            when CaseFact()
            then
                Comparable<Object> c = x -> 0;
                c.compareTo("x");
            end
            """;

    private static final String STRAIGHT = """
            package straight.rules;
            import io.roiassay.engine.facts.*;
            global Outcome outcome;

            function int twice(int n) {
                return n > 100 ? 200 : n * 2;
            }

            rule "bounded work through allowed helpers"
            when CaseFact()
            then
                java.util.List<String> words = java.util.List.of("a", "b");
                words.forEach(w -> w.length());
                new java.util.ArrayList<>(words).sort(java.util.Comparator.comparing(String::length));
                java.util.Optional.of("x").map(x -> x + "y").orElseGet(() -> "z");
                String joined = String.join(",", words) + twice(3);
                switch (joined.length()) { case 1: joined.trim(); break; default: joined.strip(); }
            end
            """;

    private static List<RuleProblem> problems;

    @BeforeAll
    static void compileOnce() {
        RuleFile file = new RuleFile("loops.drl", "overlay", LOOPING.getBytes(StandardCharsets.UTF_8));
        RulePackException e = catchThrowableOfType(
                () -> new DroolsCompiler(new KjarCache(null)).compile(List.of(file)), RulePackException.class);
        assertThat(e).as("a pack with loops must be refused").isNotNull();
        problems = e.problems();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"spins forever", "counts with for", "iterates a list", "loops with do"})
    void aLoopInAConsequenceIsRefusedNamingFileLineAndRule(String rule) {
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.error()).isTrue();
            assertThat(p.file()).isEqualTo("overlay/loops.drl");
            assertThat(p.line()).isEqualTo(LOOPING.lines().toList().indexOf("rule \"" + rule + "\"") + 1);
            assertThat(p.message()).startsWith("rule '" + rule + "' has a loop (for, while or do): rule code may not loop");
        });
    }

    @Test
    void aRecursiveFunctionAndTwoFunctionsCallingEachOtherAreRefusedNamingTheirLines() {
        for (String function : List.of("countdown", "ping", "pong")) {
            int line = LOOPING.lines().map(String::strip).toList().indexOf(
                    LOOPING.lines().map(String::strip).filter(l -> l.startsWith("function int " + function + "(")).findFirst().orElseThrow()) + 1;
            assertThat(problems).anySatisfy(p -> {
                assertThat(p.file()).isEqualTo("overlay/loops.drl");
                assertThat(p.line()).isEqualTo(line);
                // named as the consultant wrote it, without the class Drools generated for the package's functions
                assertThat(p.message()).matches("function " + function + " is recursive \\(" + function
                        + " can call itself again\\): rule code may not recurse.*");
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"recurses through a lambda", "recurses through a wrapped comparator"})
    void aLambdaThatCanCallItselfAgainThroughItsInterfaceIsRefused(String rule) {
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("overlay/loops.drl");
            assertThat(p.line()).isEqualTo(LOOPING.lines().toList().indexOf("rule \"" + rule + "\"") + 1);
            assertThat(p.message()).matches("rule '" + rule + "' is recursive \\(\\S+\\.lambda\\$\\S+ can call itself again\\): .*");
        });
    }

    @Test
    void aClassDeclaredInRuleCodeAndALambdaOfAnotherInterfaceAreRefused() {
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(LOOPING.lines().toList().indexOf("rule \"declares an anonymous class\"") + 1);
            assertThat(p.message()).matches("rule 'declares an anonymous class' declares a class \\(\\S+\\$1\\): rule code may not declare classes.*");
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(LOOPING.lines().toList().indexOf("rule \"makes a Comparable lambda\"") + 1);
            assertThat(p.message()).startsWith("rule 'makes a Comparable lambda' makes a lambda of java.lang.Comparable: ");
        });
    }

    @Test
    void straightLineCodeWithBoundedHelpersLambdasAndSwitchesIsAccepted() throws Exception {
        RuleFile file = new RuleFile("straight.drl", "overlay", STRAIGHT.getBytes(StandardCharsets.UTF_8));

        assertThat(new DroolsCompiler(new KjarCache(null)).compile(List.of(file)).contentHash()).startsWith("sha256:");
    }
}
