package io.roiassay.engine.assess;

import io.roiassay.engine.plugins.LoadedPlugin;

import java.util.List;

/** The metric plugins this engine runs, sorted by id. */
public record PluginSet(List<LoadedPlugin> plugins) {

    public PluginSet {
        plugins = List.copyOf(plugins);
    }
}
