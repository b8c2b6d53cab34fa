package io.roiassay.engine.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceholdersTest {

    @Test
    void fill_knownNames_replacedWithValues_numbersWithThousandsSeparators() {
        assertThat(Placeholders.fill("estimated at {estimate} {currency}", Map.of("estimate", new BigDecimal("1800.00"),
                "currency", "USD"))).isEqualTo("estimated at 1,800.00 USD");
        assertThat(Placeholders.fill("NPV {npv}, ROI {roi}%, {years} years", Map.of("npv", new BigDecimal("-1432924.19"),
                "roi", new BigDecimal("66.89"), "years", 3))).isEqualTo("NPV -1,432,924.19, ROI 66.89%, 3 years");
        assertThat(Placeholders.fill("{amounts}", Map.of("amounts", List.of(new BigDecimal("12000"), new BigDecimal("5")))))
                .isEqualTo("12,000, 5");
    }

    @Test
    void format_forEvidenceAndAssumptionTables_keepsThePlainDigits() {
        assertThat(Placeholders.format(new BigDecimal("400000000"))).isEqualTo("400000000");
    }

    @Test
    void format_nothing_readsAsADash_notAsAnEmptyValue() {
        // revenue-as-benefit raised by a claim alone has no stated lines: "benefitLines = —", not "benefitLines = "
        assertThat(Placeholders.format(List.of())).isEqualTo("—");
        assertThat(Placeholders.format(null)).isEqualTo("—");
        assertThat(Placeholders.format(List.of("benefits[0]", "benefits[2]"))).isEqualTo("benefits[0], benefits[2]");
    }

    @Test
    void fill_percentSuffix_showsRateAsPercentage() {
        assertThat(Placeholders.fill("{a:percent} and {b:percent}", Map.of("a", new BigDecimal("0.6500"),
                "b", new BigDecimal("0.666666")))).isEqualTo("65% and 66.67%");
    }

    @Test
    void fill_unknownName_leftAsWrittenSoTyposShow() {
        assertThat(Placeholders.fill("value {typo}", Map.of("value", 1))).isEqualTo("value {typo}");
    }

    @Test
    void fill_nullValueAndList_readable() {
        Map<String, Object> values = new HashMap<>();
        values.put("payback", null);
        values.put("lines", List.of("benefits[0]", "benefits[2]"));
        assertThat(Placeholders.fill("{payback} / {lines}", values)).isEqualTo("— / benefits[0], benefits[2]");
    }

    /** The placeholder grammar as a regular expression: the scanner must find exactly what this finds. */
    private static final Pattern GRAMMAR = Pattern.compile("\\{([A-Za-z][A-Za-z0-9._-]*)(:percent)?}");

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "{", "}", "{}", "{a}", "{a}{b}", "{{a}}", "{a:percent}", "{a:percent",
            "{a:percen}", "{a:percent}}", "{1a}", "{_a}", "{a.b-c_d9}", "x{a.b-c_d9}y{b:percent}z", "{:percent}",
            "{a b}", "{unknown} and {a}", "{a:percent}{b}", "中文{a}，{b:percent}。", "{a", "a}", "{{", "{b:Percent}"})
    void fill_findsExactlyThePlaceholdersTheGrammarDescribes(String template) {
        Map<String, Object> values = Map.of("a", new BigDecimal("1234.5"), "b", new BigDecimal("0.125"),
                "a.b-c_d9", "x");
        Matcher m = GRAMMAR.matcher(template);
        StringBuilder expected = new StringBuilder();
        while (m.find()) {
            Object v = values.get(m.group(1));
            String text = v == null ? m.group() : m.group(2) != null && v instanceof BigDecimal r
                    ? Placeholders.percent(r) : Placeholders.prose(v);
            m.appendReplacement(expected, Matcher.quoteReplacement(text));
        }
        m.appendTail(expected);
        assertThat(Placeholders.fill(template, values)).isEqualTo(expected.toString());
    }
}
