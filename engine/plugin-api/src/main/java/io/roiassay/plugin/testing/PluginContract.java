package io.roiassay.plugin.testing;

import io.roiassay.plugin.Benefit;
import io.roiassay.plugin.BenefitDefinition;
import io.roiassay.plugin.KpiInput;
import io.roiassay.plugin.MetricContext;
import io.roiassay.plugin.MetricPlugin;
import io.roiassay.plugin.PluginDescriptor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a plugin against the rules the engine enforces, so a vendor finds a mistake in a unit test
 * rather than as a {@code plugin/failed} finding.
 */
public final class PluginContract {

    private PluginContract() {
    }

    /**
     * Checks the descriptor (unique input and line names, formulas' inputs declared) and, for the given
     * context, that every computed line was declared with the same kind and uses the context's currency.
     *
     * @return the problems found; empty when the plugin keeps the contract
     */
    public static List<String> check(MetricPlugin plugin, MetricContext context) throws Exception {
        List<String> problems = new ArrayList<>();
        PluginDescriptor d = plugin.descriptor();
        Set<String> inputNames = new HashSet<>();
        for (KpiInput input : d.inputs()) {
            if (!inputNames.add(input.name())) {
                problems.add("input '" + input.name() + "' is declared twice");
            }
        }
        Set<String> lineIds = new HashSet<>();
        for (BenefitDefinition def : d.benefits()) {
            if (!lineIds.add(def.id())) {
                problems.add("benefit line '" + def.id() + "' is declared twice");
            }
        }
        List<Benefit> lines = plugin.compute(context);
        if (lines == null) {
            problems.add("compute returned null");
            return problems;
        }
        for (Benefit line : lines) {
            var def = d.benefit(line.id());
            if (def.isEmpty()) {
                problems.add("line '" + line.id() + "' was not declared");
            } else if (def.get().kind() != line.kind()) {
                problems.add("line '" + line.id() + "' is " + line.kind() + " but was declared " + def.get().kind());
            }
            if (!line.currency().equals(context.currency())) {
                problems.add("line '" + line.id() + "' is in " + line.currency() + ", not the case's " + context.currency());
            }
        }
        return problems;
    }
}
