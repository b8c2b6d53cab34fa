package io.roiassay.engine.plugins;

import io.roiassay.engine.facts.PluginIssue;
import io.roiassay.plugin.Benefit;
import io.roiassay.plugin.Indicator;

import java.util.List;

/**
 * What one plugin contributed to one case: its benefit lines and indicators, or the issue that stopped
 * it (then both lists are empty), and the assumptions it declared and read ({@link UsedAssumption}).
 */
public record PluginOutput(LoadedPlugin plugin, List<Benefit> benefits, List<Indicator> indicators, PluginIssue issue,
                           List<UsedAssumption> assumptions) {

    public PluginOutput {
        benefits = List.copyOf(benefits);
        indicators = List.copyOf(indicators);
        assumptions = List.copyOf(assumptions);
    }

    /** An output that read none of the plugin's declared assumptions. */
    public PluginOutput(LoadedPlugin plugin, List<Benefit> benefits, List<Indicator> indicators, PluginIssue issue) {
        this(plugin, benefits, indicators, issue, List.of());
    }

    /** The same output with the declared assumptions the plugin read. */
    public PluginOutput withAssumptions(List<UsedAssumption> used) {
        return new PluginOutput(plugin, benefits, indicators, issue, used);
    }

    static PluginOutput failed(LoadedPlugin plugin, String kind, String detail, List<String> missing) {
        return new PluginOutput(plugin, List.of(), List.of(),
                new PluginIssue(plugin.id(), plugin.version(), kind, detail, missing));
    }
}
