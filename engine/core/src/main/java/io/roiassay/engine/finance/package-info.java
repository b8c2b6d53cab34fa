/**
 * The financial core: turns costs and benefits per period into totals, present values, NPV, ROI (simple and
 * discounted), payback and IRR, with a stated definition for every figure.
 *
 * <p>Pure Java with no Drools, Guice or Jackson, so it can be read and tested on its own. Amounts and rates are
 * {@link java.math.BigDecimal} only; intermediate arithmetic uses {@link java.math.MathContext#DECIMAL128} and
 * only final figures are rounded, {@link java.math.RoundingMode#HALF_EVEN}, to the currency's minor unit
 * (money) or to two decimal places (percentages and months).
 */
package io.roiassay.engine.finance;
