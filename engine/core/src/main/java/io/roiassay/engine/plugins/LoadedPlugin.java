package io.roiassay.engine.plugins;

import io.roiassay.plugin.AssumptionDefinition;
import io.roiassay.plugin.MetricPlugin;
import io.roiassay.plugin.PluginDescriptor;

import java.util.List;

/**
 * A plugin the host found, with where it came from: {@code class-path} for the plugins shipped with the
 * tool, else the jar or directory it was loaded from, a {@code sha256:} hash of what it was loaded from
 * (the jar's bytes for a plugins-directory plugin, the files of its package for a class-path plugin, see
 * {@link ClassPathPluginHash}; null only when its location cannot be read), and the assumptions it declared
 * when it was loaded.
 *
 * @param isolated whether the plugin came from the plugins directory (its own class loader, a time limit, its
 *                 answers copied and checked on its own thread): every plugin with a jar, whatever its folder
 *                 is called; false on the class path
 */
public record LoadedPlugin(MetricPlugin plugin, PluginDescriptor descriptor, String origin, String jarHash,
                           boolean isolated, List<AssumptionDefinition> assumptions) {

    public LoadedPlugin {
        assumptions = List.copyOf(assumptions);
    }

    /** The origin of the plugins on the engine's own class path. */
    public static final String CLASS_PATH = "class-path";

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
