package io.roiassay.engine.model;

import java.math.BigDecimal;

/** The assessment window: an initial period plus {@code years} years, discounted at {@code discountRate}. */
public record Horizon(Integer years, BigDecimal discountRate) {

    /** The default horizon: three years at 10%. */
    public static final Horizon DEFAULT = new Horizon(null, null);

    /** Years with the default (3) applied. */
    public int effectiveYears() {
        return years == null ? 3 : years;
    }

    /** Discount rate with the default (0.10) applied. */
    public BigDecimal effectiveDiscountRate() {
        return discountRate == null ? new BigDecimal("0.10") : discountRate;
    }
}
