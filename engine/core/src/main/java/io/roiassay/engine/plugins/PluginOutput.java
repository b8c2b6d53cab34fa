package io.roiassay.engine.plugins;

import io.roiassay.engine.facts.PluginIssue;
import io.roiassay.plugin.Benefit;
import io.roiassay.plugin.Indicator;

import java.util.List;

/**
 * What one plugin contributed to one case: its benefit lines and indicators, or the issue that stopped
 * it (then both lists are empty).
 */
public record PluginOutput(LoadedPlugin plugin, List<Benefit> benefits, List<Indicator> indicators, PluginIssue issue) {

    public PluginOutput {
        benefits = List.copyOf(benefits);
        indicators = List.copyOf(indicators);
    }

    static PluginOutput failed(LoadedPlugin plugin, String kind, String detail, List<String> missing) {
        return new PluginOutput(plugin, List.of(), List.of(),
                new PluginIssue(plugin.id(), plugin.version(), kind, detail, missing));
    }
}
