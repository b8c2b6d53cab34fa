package io.roiassay.engine.assess;

import io.roiassay.engine.facts.RuleRef;
import io.roiassay.plugin.Text;

import java.math.BigDecimal;

/**
 * One correction on the way from entered to adjusted financials, with its effect on total costs and
 * total benefits over the horizon (unrounded here; rounded in the report).
 *
 * @param step       {@code correction}, {@code hidden-cost}, {@code gross-margin}, {@code productivity},
 *                   {@code attribution}, {@code realisation}, {@code risk-benefits} or {@code risk-costs}
 * @param target     the lines, cost lines, category or {@code all} it applied to
 * @param factor     the factor applied, as text (e.g. {@code 0.32}, {@code min(0.5/0.85/1, 0.63)})
 * @param finding    the finding this step corrects or carries out, or null
 * @param assumption the profile or case key the factor came from, or null
 * @param rule       the rule that asked for the step, or null
 */
record AdjustmentStep(String step, String target, Text description, String factor,
                      BigDecimal costsDelta, BigDecimal benefitsDelta, String finding, String assumption,
                      RuleRef rule) {
}
