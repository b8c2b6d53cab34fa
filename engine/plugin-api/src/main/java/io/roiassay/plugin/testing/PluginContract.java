package io.roiassay.plugin.testing;

import io.roiassay.plugin.MetricContext;
import io.roiassay.plugin.MetricPlugin;
import io.roiassay.plugin.PluginDescriptor;
import io.roiassay.plugin.support.Contract;

import java.util.ArrayList;
import java.util.List;



/**
 * Checks a plugin against the rules the engine enforces, so a vendor finds a mistake in a unit test
 * rather than as a {@code plugin/failed} finding.
 */
public final class PluginContract {

    private PluginContract() {
    }

    /**
     * Checks the descriptor and, for the given context, the answers of {@code compute} and
     * {@code indicators} with exactly the checks the engine applies ({@link Contract}): the context's KPI
     * values within their inputs' declared ranges (else the engine refuses the case and never calls the
     * plugin, so neither does this check); lines and
     * indicators declared, kinds and currency matching, plain {@code BigDecimal} values within bounds, no
     * nulls or duplicates; and each line's sign against its inputs' declared better direction ({@link
     * io.roiassay.plugin.support.SignCheck}).
     *
     * @return the problems found; empty when the plugin keeps the contract
     */
    public static List<String> check(MetricPlugin plugin, MetricContext context) throws Exception {
        List<String> problems = new ArrayList<>();
        PluginDescriptor d = plugin.descriptor();
        String descriptor = Contract.descriptorProblem(d);
        if (descriptor != null) {
            problems.add("the descriptor " + descriptor);
        }
        String assumptions = Contract.assumptionsProblem(plugin.assumptions());
        if (assumptions != null) {
            problems.add(assumptions);
        }
        List<String> outOfRange = Contract.kpiProblems(d, context);
        if (!outOfRange.isEmpty()) {
            // The engine refuses such a case before calling the plugin, so compute is not called either.
            problems.addAll(outOfRange);
            return problems;
        }
        Contract.Checked answer = Contract.answer(d, plugin.compute(context), plugin.indicators(context), context.currency());
        if (answer.problem() != null) {
            problems.add(answer.problem());
        } else {
            String sign = io.roiassay.plugin.support.SignCheck.problem(d, context, answer.benefits());
            if (sign != null) {
                problems.add(sign);
            }
        }
        return problems;
    }
}
