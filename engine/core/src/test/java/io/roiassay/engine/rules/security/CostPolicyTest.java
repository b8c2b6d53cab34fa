package io.roiassay.engine.rules.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which literal arguments keep a call's cost bounded: the number and pattern literals rule files may use. */
class CostPolicyTest {

    private static final String DECIMAL = "java/math/BigDecimal";
    private static final String FROM_TEXT = "(Ljava/lang/String;)V";

    @ParameterizedTest
    @ValueSource(strings = {"0.05", "-10", "10000000", "1e20", "0.00000000000000000001", "400000000"})
    void decimalLiteral_withinTheCaseBounds_isAllowed(String literal) {
        assertThat(CostPolicy.refused(DECIMAL, "<init>", FROM_TEXT, literal, null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "1e-21", "1e21", "0.000000000000000000001", "12345678901234567890123456789012345678901"})
    void decimalLiteral_beyondTheCaseBounds_isRefused(String literal) {
        assertThat(CostPolicy.refused(DECIMAL, "<init>", FROM_TEXT, literal, null))
                .startsWith("a BigDecimal from text must be a literal of at most 40 characters");
    }

    @Test
    void decimalFromComputedText_isRefused() {
        assertThat(CostPolicy.refused(DECIMAL, "<init>", FROM_TEXT, null, "0.05")).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"(?i).*(satisfaction|retention|churn|nps|csat|满意|留存|流失).*", "\\d+x", "[(]+a*",
            "a{2,16}b{3}", "\\(a+\\)+", "(?:ab)c+", "[a)]+"})
    void patternLiteral_withoutExplosiveShapes_isAllowed(String pattern) {
        assertThat(CostPolicy.refused("java/util/regex/Pattern", "compile", "(Ljava/lang/String;)Ljava/util/regex/Pattern;",
                pattern, null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"(a+)+", "(a|aa)*b", "(?:a)+", "(a) {2}", "(a)\\1", "(?<x>a)\\k<x>", "a*b*c*", ".+.+.+x",
            "a{0,100}b{2,}c+", "(?x)(a+) +"})
    void patternLiteral_withARepeatedGroupBackReferenceOrManyRepeats_isRefused(String pattern) {
        assertThat(CostPolicy.refused("java/util/regex/Pattern", "compile", "(Ljava/lang/String;)Ljava/util/regex/Pattern;",
                pattern, null)).contains("a regular expression in a rule must be a literal");
    }

    @Test
    void patternWithCommentsFlagOrComputedText_isRefused() {
        String withFlags = "(Ljava/lang/String;I)Ljava/util/regex/Pattern;";
        assertThat(CostPolicy.refused("java/util/regex/Pattern", "compile", withFlags, 2, "a+")).isNull();
        assertThat(CostPolicy.refused("java/util/regex/Pattern", "compile", withFlags, 4, "a+")).isNotNull();
        assertThat(CostPolicy.refused("java/util/regex/Pattern", "compile", withFlags, null, "a+")).isNotNull();
        assertThat(CostPolicy.refused("java/util/regex/Pattern", "compile", "(Ljava/lang/String;)Ljava/util/regex/Pattern;",
                null, null)).isNotNull();
    }

    @Test
    void boundedOverloads_stayAllowed() {
        assertThat(CostPolicy.refused(DECIMAL, "divide", "(Ljava/math/BigDecimal;Ljava/math/MathContext;)Ljava/math/BigDecimal;",
                null, null)).isNull();
        assertThat(CostPolicy.refused(DECIMAL, "valueOf", "(J)Ljava/math/BigDecimal;", null, null)).isNull();
        assertThat(CostPolicy.refused("java/lang/StringBuilder", "<init>", "(Ljava/lang/String;)V", null, null)).isNull();
        assertThat(CostPolicy.refused("java/util/ArrayList", "<init>", "(Ljava/util/Collection;)V", null, null)).isNull();
        assertThat(CostPolicy.refused("java/util/regex/Matcher", "matches", "()Z", null, null)).isNull();
        assertThat(CostPolicy.refused("java/lang/String", "join", "(Ljava/lang/CharSequence;Ljava/lang/Iterable;)Ljava/lang/String;",
                null, null)).isNull();
    }
}
