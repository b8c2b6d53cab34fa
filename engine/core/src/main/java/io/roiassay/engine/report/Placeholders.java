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
 */
public final class Placeholders {

    private static final Pattern NAME = Pattern.compile("\\{([A-Za-z][A-Za-z0-9._-]*)}");

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
            m.appendReplacement(out, Matcher.quoteReplacement(v == null && !values.containsKey(m.group(1))
                    ? m.group() : format(v)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** How a value reads inside a sentence. */
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
