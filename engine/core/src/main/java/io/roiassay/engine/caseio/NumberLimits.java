package io.roiassay.engine.caseio;

import java.math.BigDecimal;

/**
 * The bounds every number in a case must keep, checked on the text before it is parsed (length, base 10
 * without leading zeros, exponent)
 * and on the value after: at most {@value #MAX_CHARS} characters, an exponent within ±{@value #MAX_EXPONENT},
 * a magnitude of at most 10^15 and at most {@value #MAX_SCALE} decimal places. Money, rates and KPI values
 * beyond these are typing mistakes or attacks, never real figures.
 */
final class NumberLimits {

    /** Most characters in a number as written. */
    static final int MAX_CHARS = 40;
    /** Largest exponent (either sign) in scientific notation. */
    static final int MAX_EXPONENT = 20;
    /** Most decimal places. */
    static final int MAX_SCALE = 20;
    /** Largest magnitude of any number. */
    static final BigDecimal MAX_ABS = new BigDecimal("1e15");

    private NumberLimits() {
    }

    /** Why the number text must not be parsed, or null when it may. */
    static String beforeParsing(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() > MAX_CHARS) {
            return "the number has " + text.length() + " characters; a number may have at most " + MAX_CHARS;
        }
        if (notDecimal(text)) {
            return text + " is not a plain decimal number: YAML reads a leading 0 as octal (0100 is 64) and 0x, 0o, 0b"
                    + " as hexadecimal, octal and binary; write the number without leading zeros, or quote it if it is text";
        }
        int e = Math.max(text.indexOf('e'), text.indexOf('E'));
        if (e >= 0) {
            String exp = text.substring(e + 1).replace("+", "").replace("_", "");
            boolean negative = exp.startsWith("-");
            String digits = negative ? exp.substring(1) : exp;
            if (!digits.isEmpty() && digits.chars().allMatch(Character::isDigit)
                    && (digits.length() > 3 || Integer.parseInt(digits) > MAX_EXPONENT)) {
                return "the exponent of " + text + " is out of range; exponents may be at most ±" + MAX_EXPONENT;
            }
        }
        return null;
    }

    /**
     * Whether a number is written in another base than 10 or with a leading zero ({@code 0100}, {@code 0x3E8},
     * {@code 0o17}, {@code 0b1010}, also signed): YAML would read it as octal, hexadecimal or binary, so the
     * figure would silently differ from the digits the user typed (and from the same case written as JSON).
     */
    private static boolean notDecimal(String text) {
        int i = text.startsWith("-") || text.startsWith("+") ? 1 : 0;
        if (text.length() < i + 2 || text.charAt(i) != '0') {
            return false;
        }
        char next = text.charAt(i + 1);
        return Character.isDigit(next) || next == '_' || "xXoObB".indexOf(next) >= 0;
    }

    /** Why the parsed value is out of bounds, or null when it is within them. */
    static String afterParsing(BigDecimal value, String text) {
        if (value.abs().compareTo(MAX_ABS) > 0) {
            return "the number " + text + " is beyond the limit of ±1e15";
        }
        if (value.scale() > MAX_SCALE && value.stripTrailingZeros().scale() > MAX_SCALE) {
            return "the number " + text + " has more than " + MAX_SCALE + " decimal places";
        }
        return null;
    }
}
