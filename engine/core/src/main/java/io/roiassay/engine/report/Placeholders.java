package io.roiassay.engine.report;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Fills {@code {name}} placeholders in rule-written messages with evidence and figures. A name with no
 * value is left as written, so a typo in a rule file shows in the report instead of vanishing.
 * {@code {name:percent}} shows a rate (0.65) as a percentage (65%). A number in a sentence reads as the
 * report's tables show it, with a comma every three integer digits (1,432,924.19); evidence lists and
 * assumption tables keep the plain digits ({@link #format}), which an auditor copies.
 */
public final class Placeholders {

    private static final Pattern NAME = Pattern.compile("\\{([A-Za-z][A-Za-z0-9._-]*)(:percent)?}");

    private Placeholders() {
    }

    /** Replaces every {@code {name}} that has a value. */
    public static String fill(String template, Map<String, ?> values) {
        if (template == null) {
            return null;
        }
        Matcher m = NAME.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object v = values.get(m.group(1));
            String text;
            if (v == null && !values.containsKey(m.group(1))) {
                text = m.group();
            } else if (m.group(2) != null && v instanceof BigDecimal rate) {
                text = percent(rate);
            } else {
                text = prose(v);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A rate as a percentage with at most two decimals: 0.65 → 65%, 0.6667 → 66.67%. */
    static String percent(BigDecimal rate) {
        BigDecimal p = rate.movePointRight(2).setScale(2, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros();
        return (p.scale() < 0 ? p.setScale(0) : p).toPlainString() + "%";
    }

    /** How a value reads inside a message: numbers with thousands separators. */
    static String prose(Object v) {
        if (v instanceof BigDecimal d) {
            return Numbers.amount(d);
        }
        if (v instanceof Collection<?> c) {
            return c.stream().map(Placeholders::prose).collect(Collectors.joining(", "));
        }
        return format(v);
    }

    /** How a value reads as data (evidence, assumption values): plain digits. */
    public static String format(Object v) {
        if (v == null) {
            return "—";
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof Collection<?> c) {
            return c.stream().map(Placeholders::format).collect(Collectors.joining(", "));
        }
        return String.valueOf(v);
    }
}
