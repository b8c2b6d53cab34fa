package io.roiassay.engine.cli;

import io.roiassay.engine.RoiAssay;
import io.roiassay.engine.plugins.PluginLoadException;
import io.roiassay.engine.rules.RulePackException;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;

/** The options every command that loads the engine shares: rule overlay and plugins directory. */
final class EngineOptions {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Overlay directory: its rule files add to, or replace, built-in files of the same relative path.")
    Path rules;

    @Option(names = "--plugins", paramLabel = "DIR", defaultValue = "plugins",
            description = "Directory of third-party plugin jars (default: ${DEFAULT-VALUE}; ignored when missing).")
    Path plugins;

    @Option(names = "--plugin-timeout", paramLabel = "MS", defaultValue = "2000",
            description = "Time limit per case for a plugin from the plugins directory, in ms (default: ${DEFAULT-VALUE}).")
    long pluginTimeoutMs;

    /** Loads the engine with these options. */
    RoiAssay load() throws RulePackException, PluginLoadException {
        return RoiAssay.builder().rulesOverlay(rules).pluginsDir(plugins)
                .pluginTimeLimit(Duration.ofMillis(pluginTimeoutMs)).build();
    }
}
