package io.roiassay.engine.model;

import java.math.BigDecimal;

/**
 * The company the case is about.
 *
 * @param industry        the industry as written (canonical id or alias); the rule pack classifies it
 * @param grossMarginRate 0..1, needed to turn revenue into gross profit; null when not given
 */
public record Company(String name, String industry, Integer employees, BigDecimal annualRevenue,
                      BigDecimal grossMarginRate) {
}
