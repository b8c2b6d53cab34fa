package io.roiassay.engine.assess;

import io.roiassay.engine.facts.Figures;
import io.roiassay.engine.facts.Outcome;
import io.roiassay.engine.facts.Profile;
import io.roiassay.engine.finance.Financials;
import io.roiassay.engine.model.Case;
import io.roiassay.engine.plugins.PluginOutput;
import io.roiassay.engine.rules.TraceEntry;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Everything one assessment produced before it is written as a report: the case, the profile, the lines,
 * both sets of financials, the adjustment steps, the rules' outcome and trace, the inputs of the TCO view, the
 * adjustment plan the adjusted figures were evaluated from (for re-evaluation with drivers changed), and how
 * sure the verdict is.
 */
record CaseRun(Case theCase, String inputHash, Profile profile, List<PluginOutput> pluginOutputs,
               List<BenefitLine> lines, Map<String, List<BigDecimal>> adjustedByLine,
               Map<String, BigDecimal> enteredByCategory, List<HiddenCostEstimator.Estimate> estimates,
               Financials entered, Financials adjusted, Figures adjustedFigures, List<AdjustmentStep> steps,
               Outcome outcome, List<TraceEntry> trace, TcoInputs tco, AdjustmentPlan plan,
               CaseSensitivity sensitivity) {
}
