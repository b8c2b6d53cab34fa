package io.roiassay.engine.finance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/** Rounding rules for money and percentages, shared by every figure the engine reports. */
public final class Money {

    /** Precision for all intermediate arithmetic; 34 significant digits keeps rounding error far below a cent. */
    public static final MathContext MATH = MathContext.DECIMAL128;

    /** Banker's rounding: unbiased when many figures are rounded and then summed or compared. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

    /** Decimal places of percentages and payback months. */
    public static final int PERCENT_SCALE = 2;

    /** Used when the currency is unknown or has no minor unit defined (e.g. gold, XAU). */
    static final int DEFAULT_SCALE = 2;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Money() {
    }

    /** The number of decimal places of {@code currency} (JPY 0, CNY and USD 2); 2 when unknown or undefined. */
    public static int scale(String currency) {
        if (currency == null) {
            return DEFAULT_SCALE;
        }
        try {
            int digits = Currency.getInstance(currency.trim().toUpperCase(Locale.ROOT))
                    .getDefaultFractionDigits();
            return digits < 0 ? DEFAULT_SCALE : digits;
        } catch (IllegalArgumentException unknown) {
            // Validation reports a bad currency code; here we only need a sensible number of places.
            return DEFAULT_SCALE;
        }
    }

    /** {@code amount} rounded half-even to the minor unit of {@code currency}. */
    public static BigDecimal round(BigDecimal amount, String currency) {
        Objects.requireNonNull(amount, "amount");
        return amount.setScale(scale(currency), ROUNDING);
    }

    /** {@code ratio} × 100, rounded half-even to two decimal places (0.525 → 52.50). */
    public static BigDecimal percent(BigDecimal ratio) {
        Objects.requireNonNull(ratio, "ratio");
        return roundPercent(ratio.multiply(HUNDRED, MATH));
    }

    /** A value already in percent or months, rounded half-even to two decimal places. */
    public static BigDecimal roundPercent(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        return value.setScale(PERCENT_SCALE, ROUNDING);
    }

    /** {@code numerator ÷ denominator} × 100 to two places, or null when the denominator is zero. */
    public static BigDecimal percentOf(BigDecimal numerator, BigDecimal denominator) {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (denominator.signum() == 0) {
            return null;
        }
        return percent(numerator.divide(denominator, MATH));
    }
}
