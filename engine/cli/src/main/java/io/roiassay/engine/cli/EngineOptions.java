package io.roiassay.engine.cli;

import io.roiassay.engine.RoiAssay;
import io.roiassay.engine.concurrent.BackgroundLoad;
import io.roiassay.engine.plugins.PluginLoadException;
import io.roiassay.engine.rules.RulePackException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The options every command that loads the engine shares (rule overlay, plugins directory, plugin and rule
 * limits): a picocli mixin, also used by {@code assay serve} in the server module.
 */
public final class EngineOptions {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Overlay directory: its rule files add to, or replace, built-in files of the same relative path.")
    Path rules;

    private static final String DEFAULT_PLUGINS = "plugins";
    private static final long DEFAULT_PLUGIN_TIMEOUT_MS = 2000;

    @Option(names = "--plugins", paramLabel = "DIR",
            description = "Directory of third-party plugin jars (default: plugins, ignored when missing; a directory "
                    + "given here must exist).")
    Path plugins;

    @Option(names = "--plugin-timeout", paramLabel = "MS", defaultValue = "" + DEFAULT_PLUGIN_TIMEOUT_MS,
            description = "Time limit per case for a plugin from the plugins directory, in ms (default: ${DEFAULT-VALUE}).")
    long pluginTimeoutMs;

    @Mixin
    RuleLimitOptions ruleLimits;

    /**
     * The overlay of {@code rules check} and {@code rules test}: their DIR, or {@code --rules DIR} as {@code assess}
     * takes it (what a consultant types after using {@code assess}); both at once only when they name the same folder.
     */
    static Path overlay(Path positional, Path option) throws UsageException {
        if (positional != null && option != null
                && !positional.toAbsolutePath().normalize().equals(option.toAbsolutePath().normalize())) {
            throw new UsageException("give the overlay once: DIR (" + positional + ") or --rules (" + option + ")");
        }
        Path dir = positional != null ? positional : option;
        checkOverlay(dir, positional != null ? "DIR" : "--rules");
        return dir;
    }

    /**
     * Refuses an overlay directory that is not there as a command-line mistake (exit 2), before any rule is read: a
     * mistyped path is the user's, not a rule-pack failure (exit 3).
     */
    static void checkOverlay(Path dir, String what) throws UsageException {
        if (dir != null && !Files.isDirectory(dir)) {
            throw new UsageException(what + ": " + dir + " does not exist or is not a directory");
        }
    }

    /**
     * The plugins directory: {@code plugins} when none was given (and then ignored when it is missing); a directory
     * given with {@code --plugins} that is not there is a command-line mistake (exit 2), as for {@code --rules}: a
     * mistyped path would otherwise give a report without the plugin's lines and no error.
     */
    static Path pluginsDir(Path given) throws UsageException {
        if (given == null) {
            return Path.of(DEFAULT_PLUGINS);
        }
        if (!Files.exists(given)) {
            throw new UsageException("--plugins: " + given + " does not exist");
        }
        return given;
    }

    /** Loads the engine with these options; a value out of range is a {@link UsageException} (exit 2). */
    public RoiAssay load() throws RulePackException, PluginLoadException, UsageException {
        return load(false);
    }

    /** The options' defaults, as picocli sets them when none is given. */
    static EngineOptions defaults() {
        EngineOptions o = new EngineOptions();
        o.pluginTimeoutMs = DEFAULT_PLUGIN_TIMEOUT_MS;
        o.ruleLimits = RuleLimitOptions.defaults();
        return o;
    }

    private boolean isDefault() {
        return rules == null && plugins == null && pluginTimeoutMs == DEFAULT_PLUGIN_TIMEOUT_MS
                && ruleLimits.isDefault();
    }

    /** Loads the engine; {@code fresh} compiles the rules from their sources, trusting no cached pack. */
    RoiAssay load(boolean fresh) throws RulePackException, PluginLoadException, UsageException {
        if (!fresh && isDefault()) {
            BackgroundLoad<RoiAssay> early = EarlyEngine.take();
            if (early != null) {
                return early(early);
            }
        }
        return build(fresh);
    }

    /** Loads the engine with these options, here and now (what an early load runs, too). */
    RoiAssay build(boolean fresh) throws RulePackException, PluginLoadException, UsageException {
        if (pluginTimeoutMs < 1 || pluginTimeoutMs > 3_600_000) {
            throw new UsageException("--plugin-timeout must be between 1 and 3600000 ms, not " + pluginTimeoutMs);
        }
        checkOverlay(rules, "--rules");
        return RoiAssay.builder().rulesOverlay(rules).pluginsDir(pluginsDir(plugins))
                .pluginTimeLimit(Duration.ofMillis(pluginTimeoutMs)).ruleLimits(ruleLimits.limits()).compileFresh(fresh).build();
    }

    /** The engine loaded early with these very options: its value, or the exception its load ended with. */
    private static RoiAssay early(BackgroundLoad<RoiAssay> early)
            throws RulePackException, PluginLoadException, UsageException {
        try {
            return early.get();
        } catch (RulePackException | PluginLoadException | UsageException | RuntimeException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the engine", e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
