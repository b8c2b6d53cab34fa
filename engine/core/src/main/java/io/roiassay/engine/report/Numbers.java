package io.roiassay.engine.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How numbers read in the Markdown and HTML reports: amounts keep their own scale and gain thousands
 * separators ({@code 1234567.50} → {@code 1,234,567.50}), money names its currency, percentages always
 * have two decimals and a {@code %} sign. The JSON report keeps plain numbers.
 */
public final class Numbers {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Numbers() {
    }

    /** Decimals a value of a plugin's (an indicator, a formula input) shows at most in a human-readable report. */
    static final int SHOWN_DECIMALS = 4;

    /**
     * A computed value as a reader sees it: its own decimals up to {@value #SHOWN_DECIMALS}, more rounded half-even
     * to {@value #SHOWN_DECIMALS} (a cost per lead of 1,000,000 ÷ 4,400 reads 227.2727, not 34 digits); the JSON
     * report keeps the exact value.
     */
    public static BigDecimal shown(BigDecimal v) {
        return v == null || v.scale() <= SHOWN_DECIMALS ? v : v.setScale(SHOWN_DECIMALS, RoundingMode.HALF_EVEN);
    }

    /** A formula input or evidence value as shown: a number as {@link #shown(BigDecimal)}, anything else as it is. */
    static Object shownValue(Object v) {
        return v instanceof BigDecimal d ? shown(d) : v;
    }

    /** {@link #shownValue(Object)}, with a value given in both languages (a profile note) in the report's. */
    static Object shownValue(Object v, String lang) {
        return v instanceof io.roiassay.plugin.Text t ? t.in(lang) : shownValue(v);
    }

    /** {@code v} with its own decimals and a comma every three integer digits; null stays null. */
    public static String amount(BigDecimal v) {
        if (v == null) {
            return null;
        }
        String plain = v.toPlainString();
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int dot = digits.indexOf('.');
        String integer = dot < 0 ? digits : digits.substring(0, dot);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(integer.charAt(i));
        }
        return (negative ? "-" : "") + out + (dot < 0 ? "" : digits.substring(dot));
    }

    /** An amount followed by its currency code: {@code 12,000.00 CNY}; null stays null. */
    public static String money(BigDecimal v, String currency) {
        return v == null ? null : amount(v) + (currency == null || currency.isEmpty() ? "" : " " + currency);
    }

    /** A value already in percent points, with two decimals: {@code 16.5} → {@code 16.50%}; null stays null. */
    public static String percent(BigDecimal points) {
        return points == null ? null : amount(points.setScale(2, RoundingMode.HALF_EVEN)) + "%";
    }

    /** A fraction as a percentage with two decimals: {@code 0.011} → {@code 1.10%}; null stays null. */
    public static String share(BigDecimal fraction) {
        return fraction == null ? null : percent(fraction.multiply(HUNDRED));
    }
}
