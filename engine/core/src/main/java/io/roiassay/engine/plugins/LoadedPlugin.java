package io.roiassay.engine.plugins;

import io.roiassay.plugin.AssumptionDefinition;
import io.roiassay.plugin.MetricPlugin;
import io.roiassay.plugin.PluginDescriptor;

import java.util.List;

/**
 * A plugin the host found, with where it came from: {@code class-path} for the plugins shipped with the
 * tool, else the jar or directory it was loaded from, and that jar's {@code sha256:} hash (null on the
 * class path), and the assumptions it declared when it was loaded.
 */
public record LoadedPlugin(MetricPlugin plugin, PluginDescriptor descriptor, String origin, String jarHash,
                           List<AssumptionDefinition> assumptions) {

    public LoadedPlugin {
        assumptions = List.copyOf(assumptions);
    }

    /**
     * Whether the plugin came from the plugins directory (its own class loader, a time limit, its answers
     * copied and checked on its own thread): every plugin with a jar, whatever its folder is called.
     */
    public boolean isolated() {
        return jarHash != null;
    }

    /** The plugin id. */
    public String id() {
        return descriptor.id();
    }

    /** The plugin version. */
    public String version() {
        return descriptor.version();
    }

    /** {@code plugin:<id>@<version>}, as benefit lines name their source. */
    public String sourceLabel() {
        return "plugin:" + id() + "@" + version();
    }
}
