package io.roiassay.engine.inject;

import com.google.inject.AbstractModule;
import com.google.inject.Scopes;
import io.roiassay.engine.assess.AssessmentEngine;
import io.roiassay.engine.assess.PluginSet;
import io.roiassay.engine.caseio.CaseReader;
import io.roiassay.engine.plugins.PluginDiscovery;
import io.roiassay.engine.plugins.PluginLoadException;
import io.roiassay.engine.plugins.PluginRunner;
import io.roiassay.engine.rules.DroolsCompiler;
import io.roiassay.engine.rules.RuleFile;
import io.roiassay.engine.rules.RulePack;
import io.roiassay.engine.rules.RulePackException;
import io.roiassay.engine.rules.RuleSources;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Binds the compiled rule pack, the discovered plugins and the engine as singletons. Loading happens in
 * {@link #load} before Guice starts, so a broken rule file or plugin is reported as itself (file and
 * line, plugin and jar), not wrapped in an injection error.
 */
public final class EngineModule extends AbstractModule {

    private final RulePack rules;
    private final PluginSet plugins;
    private final Duration pluginTimeLimit;

    private EngineModule(RulePack rules, PluginSet plugins, Duration pluginTimeLimit) {
        this.rules = rules;
        this.plugins = plugins;
        this.pluginTimeLimit = pluginTimeLimit;
    }

    /** Loads the rule pack (built-in plus overlay) and plugins, and returns the module that binds them. */
    public static EngineModule load(Path rulesOverlay, Path pluginsDir, Duration pluginTimeLimit)
            throws RulePackException, PluginLoadException {
        return new EngineModule(compileRules(rulesOverlay), new PluginSet(PluginDiscovery.discover(pluginsDir)),
                pluginTimeLimit);
    }

    /** The built-in rule files with the overlay applied. */
    public static List<RuleFile> ruleFiles(Path rulesOverlay) throws RulePackException {
        List<RuleFile> files = RuleSources.builtIn();
        if (rulesOverlay != null) {
            files = RuleSources.overlay(files, RuleSources.directory(rulesOverlay));
        }
        return files;
    }

    private static RulePack compileRules(Path rulesOverlay) throws RulePackException {
        return new DroolsCompiler().compile(ruleFiles(rulesOverlay));
    }

    @Override
    protected void configure() {
        bind(RulePack.class).toInstance(rules);
        bind(PluginSet.class).toInstance(plugins);
        bind(PluginRunner.class).toInstance(new PluginRunner(pluginTimeLimit));
        bind(CaseReader.class).in(Scopes.SINGLETON);
        bind(AssessmentEngine.class).in(Scopes.SINGLETON);
    }
}
