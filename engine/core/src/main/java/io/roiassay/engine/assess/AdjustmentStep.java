package io.roiassay.engine.assess;

import io.roiassay.plugin.Text;

import java.math.BigDecimal;

/**
 * One correction on the way from entered to adjusted financials, with its effect on total costs and
 * total benefits over the horizon (unrounded here; rounded in the report).
 *
 * @param step   {@code hidden-cost}, {@code gross-margin}, {@code productivity}, {@code attribution},
 *               {@code adoption}, {@code ramp-up}, {@code risk-benefits} or {@code risk-costs}
 * @param target the line, category or {@code all} it applied to
 * @param factor the factor applied, as text (e.g. {@code 0.32}, {@code 0.5/0.85/1})
 */
record AdjustmentStep(String step, String target, Text description, String factor,
                      BigDecimal costsDelta, BigDecimal benefitsDelta) {
}
