package io.roiassay.engine.report;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Fills {@code {name}} placeholders in rule-written messages with evidence and figures. A name with no
 * value is left as written, so a typo in a rule file shows in the report instead of vanishing.
 * {@code {name:percent}} shows a rate (0.65) as a percentage (65%). A number in a sentence reads as the
 * report's tables show it, with a comma every three integer digits (1,432,924.19); evidence lists and
 * assumption tables keep the plain digits ({@link #format}), which an auditor copies.
 */
public final class Placeholders {

    private Placeholders() {
    }

    /** Replaces every {@code {name}} that has a value. */
    public static String fill(String template, Map<String, ?> values) {
        if (template == null) {
            return null;
        }
        int open = template.indexOf('{');
        if (open < 0) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length() + 32);
        int copied = 0;
        for (; open >= 0; open = template.indexOf('{', open + 1)) {
            int nameEnd = nameEnd(template, open + 1);
            if (nameEnd < 0) {
                continue;
            }
            boolean percent = false;
            int end;
            if (nameEnd < template.length() && template.charAt(nameEnd) == '}') {
                end = nameEnd + 1;
            } else if (template.startsWith(PERCENT, nameEnd)) {
                percent = true;
                end = nameEnd + PERCENT.length();
            } else {
                continue;
            }
            String name = template.substring(open + 1, nameEnd);
            Object v = values.get(name);
            String text;
            if (v == null && !values.containsKey(name)) {
                text = template.substring(open, end);
            } else if (percent && v instanceof BigDecimal rate) {
                text = percent(rate);
            } else {
                text = prose(v);
            }
            out.append(template, copied, open).append(text);
            copied = end;
            open = end - 1;
        }
        return out.append(template, copied, template.length()).toString();
    }

    private static final String PERCENT = ":percent}";

    /**
     * The end of a placeholder name ({@code [A-Za-z][A-Za-z0-9._-]*}) starting at {@code from}, or −1 when none
     * starts there.
     */
    private static int nameEnd(String s, int from) {
        if (from >= s.length() || !isLetter(s.charAt(from))) {
            return -1;
        }
        int i = from + 1;
        while (i < s.length()) {
            char ch = s.charAt(i);
            if (!(isLetter(ch) || (ch >= '0' && ch <= '9') || ch == '.' || ch == '_' || ch == '-')) {
                break;
            }
            i++;
        }
        return i;
    }

    private static boolean isLetter(char ch) {
        return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');
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

    /**
     * A list inside a sentence of the given language: joined with "、" in Chinese prose (the enumeration comma a
     * Chinese reader expects between items), with ", " otherwise.
     */
    public static String list(Collection<?> items, String lang) {
        return items.stream().map(Placeholders::prose).collect(Collectors.joining("zh-CN".equals(lang) ? "、" : ", "));
    }

    /** How a value reads as data (evidence, assumption values): plain digits; nothing (null, an empty list) as —. */
    public static String format(Object v) {
        if (v == null) {
            return "—";
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof Collection<?> c) {
            return c.isEmpty() ? "—" : c.stream().map(Placeholders::format).collect(Collectors.joining(", "));
        }
        return String.valueOf(v);
    }
}
