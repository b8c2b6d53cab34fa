package io.roiassay.engine.cli;

import io.roiassay.engine.RoiAssay;
import io.roiassay.engine.rules.RulePackException;
import io.roiassay.engine.rules.RuleProblem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A call whose cost grows without bound with an argument would run for ever inside one consequence, where no
 * rule limit can stop it: each such method, one overlay file apiece, is refused by {@code rules check} (exit 3,
 * naming file, line, rule and call) and by the embedding API before any rule runs.
 */
class RulesCheckCostlyCallsTest {

    /** Overlay file | the consequence | the call the refusal names. */
    private static final String CASES = """
            string-repeat|String s = "x".repeat(2000000000);|java.lang.String.repeat
            string-indent|String s = "x".indent(2000000000);|java.lang.String.indent
            string-format|String s = String.format("%2000000000d", 1);|java.lang.String.format
            string-formatted|String s = "%2000000000d".formatted(1);|java.lang.String.formatted
            string-matches|boolean b = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!".matches("(a+)+");|java.lang.String.matches
            string-replace-all|String s = "aaaa!".replaceAll("(a+)+$", "");|java.lang.String.replaceAll
            string-replace-first|String s = "aaaa!".replaceFirst("(a+)+$", "");|java.lang.String.replaceFirst
            string-split|String[] s = "aaaa!".split("(a+)+$");|java.lang.String.split
            builder-capacity|StringBuilder b = new StringBuilder(2000000000);|java.lang.StringBuilder.<init>
            builder-set-length|new StringBuilder().setLength(2000000000);|java.lang.StringBuilder.setLength
            builder-ensure-capacity|new StringBuilder().ensureCapacity(2000000000);|java.lang.StringBuilder.ensureCapacity
            decimal-pow|java.math.BigDecimal d = java.math.BigDecimal.TEN.pow(999999999);|java.math.BigDecimal.pow
            decimal-set-scale|java.math.BigDecimal d = java.math.BigDecimal.ONE.setScale(999999999);|java.math.BigDecimal.setScale
            decimal-scale-by-power|java.math.BigDecimal d = java.math.BigDecimal.ONE.scaleByPowerOfTen(999999999);|java.math.BigDecimal.scaleByPowerOfTen
            decimal-move-left|java.math.BigDecimal d = java.math.BigDecimal.ONE.movePointLeft(999999999);|java.math.BigDecimal.movePointLeft
            decimal-move-right|java.math.BigDecimal d = java.math.BigDecimal.ONE.movePointRight(999999999);|java.math.BigDecimal.movePointRight
            decimal-value-of-scale|java.math.BigDecimal d = java.math.BigDecimal.valueOf(1L, -999999999);|java.math.BigDecimal.valueOf
            decimal-divide-scale|java.math.BigDecimal d = java.math.BigDecimal.ONE.divide(java.math.BigDecimal.TEN, 999999999, java.math.RoundingMode.HALF_EVEN);|java.math.BigDecimal.divide
            decimal-huge-literal|java.math.BigDecimal d = new java.math.BigDecimal("1e999999999");|java.math.BigDecimal.<init>
            decimal-unscaled-scale|java.math.BigDecimal d = new java.math.BigDecimal(java.math.BigInteger.ONE, -999999999);|java.math.BigDecimal.<init>
            math-context|java.math.MathContext m = new java.math.MathContext(999999999);|java.math.MathContext.<init>
            integer-pow|java.math.BigInteger i = java.math.BigInteger.TEN.pow(999999999);|java.math.BigInteger.pow
            integer-shift-left|java.math.BigInteger i = java.math.BigInteger.ONE.shiftLeft(2000000000);|java.math.BigInteger.shiftLeft
            integer-shift-right|java.math.BigInteger i = java.math.BigInteger.ONE.shiftRight(-2000000000);|java.math.BigInteger.shiftRight
            integer-set-bit|java.math.BigInteger i = java.math.BigInteger.ONE.setBit(2000000000);|java.math.BigInteger.setBit
            integer-flip-bit|java.math.BigInteger i = java.math.BigInteger.ONE.flipBit(2000000000);|java.math.BigInteger.flipBit
            integer-clear-bit|java.math.BigInteger i = java.math.BigInteger.ONE.clearBit(2000000000);|java.math.BigInteger.clearBit
            n-copies|String s = String.join("", java.util.Collections.nCopies(2000000000, "x"));|java.util.Collections.nCopies
            arrays-copy-of|Object[] a = java.util.Arrays.copyOf(new Object[0], 2000000000);|java.util.Arrays.copyOf
            arrays-copy-of-range|Object[] a = java.util.Arrays.copyOfRange(new Object[0], 0, 2000000000);|java.util.Arrays.copyOfRange
            list-capacity|java.util.List<String> l = new java.util.ArrayList<>(2000000000);|java.util.ArrayList.<init>
            map-capacity|java.util.Map<String, String> m = new java.util.HashMap<>(1000000000);|java.util.HashMap.<init>
            list-ensure-capacity|new java.util.ArrayList<String>().ensureCapacity(2000000000);|java.util.ArrayList.ensureCapacity
            pattern-nested|boolean b = java.util.regex.Pattern.compile("(a+)+").matcher("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!").matches();|java.util.regex.Pattern.compile
            pattern-matches|boolean b = java.util.regex.Pattern.matches("(a+)+", "aaaa!");|java.util.regex.Pattern.matches
            matcher-find|boolean b = java.util.regex.Pattern.compile("a").matcher("aaaa!").find();|java.util.regex.Matcher.find
            pad-next|java.time.format.DateTimeFormatter f = new java.time.format.DateTimeFormatterBuilder().padNext(2000000000).appendPattern("yyyy").toFormatter();|java.time.format.DateTimeFormatterBuilder.padNext
            tree-set-comparator|java.util.Set<String> s = new java.util.TreeSet<>(java.util.Comparator.<String>naturalOrder());|java.util.TreeSet.<init>
            tree-map-comparator|java.util.Map<String, String> m = new java.util.TreeMap<>(java.util.Comparator.<String>naturalOrder());|java.util.TreeMap.<init>
            method-reference|java.util.function.BiFunction<String, Integer, String> f = String::repeat; f.apply("x", 2000000000);|java.lang.String.repeat
            """;

    @TempDir
    static Path overlay;

    private static CliRun check;

    @BeforeAll
    static void writeOneOverlayFilePerCall() throws Exception {
        for (String line : CASES.lines().toList()) {
            String[] c = line.split("\\|");
            Files.writeString(overlay.resolve(c[0] + ".drl"), """
                    package costly.rules;
                    import io.roiassay.engine.facts.*;

                    rule "%s"
                    when CaseFact()
                    then %s
                    end
                    """.formatted(c[0], c[1]));
        }
        Files.writeString(overlay.resolve("operator-matches.drl"), """
                package costly.rules;
                import io.roiassay.engine.facts.*;

                rule "operator-matches"
                when CaseFact(caseId matches "(a|aa)*b")
                then
                end
                """);
        check = CliRun.of("rules", "check", overlay.toString());
    }

    static List<Arguments> cases() {
        List<Arguments> out = new ArrayList<>(CASES.lines().map(l -> l.split("\\|")).map(c -> Arguments.of(c[0], c[2])).toList());
        out.add(Arguments.of("operator-matches", "java.util.regex.Pattern.compile"));
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rulesCheck_refusesTheCallNamingFileLineRuleAndCall(String file, String call) {
        assertThat(check.exitCode()).isEqualTo(3);
        assertThat(check.out()).contains(overlay.resolve(file + ".drl") + ":4: error: rule '" + file + "' calls " + call
                + " (cost unbounded in an argument: ");
    }

    @Test
    void embeddingApi_refusesThePackBeforeAnyRuleRuns() {
        RulePackException e = catchThrowableOfType(() -> RoiAssay.builder().rulesOverlay(overlay).build(),
                RulePackException.class);

        assertThat(e).as("the embedding API must refuse the pack").isNotNull();
        assertThat(e.problems()).extracting(RuleProblem::file).contains(overlay.resolve("string-repeat.drl").toString(),
                overlay.resolve("decimal-pow.drl").toString(), overlay.resolve("n-copies.drl").toString());
        assertThat(e.problems()).filteredOn(p -> p.message().contains("(cost unbounded in an argument: ")).hasSize(cases().size());
    }
}
