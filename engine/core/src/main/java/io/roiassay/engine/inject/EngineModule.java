package io.roiassay.engine.inject;

import com.google.inject.AbstractModule;
import com.google.inject.Binder;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import io.roiassay.engine.assess.AssessmentEngine;
import io.roiassay.engine.assess.PluginSet;
import io.roiassay.engine.caseio.CaseReader;
import io.roiassay.engine.caseio.KpiRanges;
import io.roiassay.engine.plugins.PluginDiscovery;
import io.roiassay.engine.plugins.PluginLoadException;
import io.roiassay.engine.plugins.PluginRunner;
import io.roiassay.engine.report.BuiltInFormat;
import io.roiassay.engine.report.ReportFormats;
import io.roiassay.engine.report.ReportRenderer;
import io.roiassay.engine.rules.DroolsCompiler;
import io.roiassay.engine.rules.RuleFile;
import io.roiassay.engine.rules.KjarCache;
import io.roiassay.engine.rules.RuleLimits;
import io.roiassay.engine.rules.RulePack;
import io.roiassay.engine.rules.RulePackException;
import io.roiassay.engine.rules.RuleSources;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Binds the compiled rule pack, the discovered plugins, the engine and the report formats as singletons. The
 * formats are an extension point: the built-in ones are bound into a {@code Multibinder<ReportRenderer>}, to which
 * an embedder's module adds its own ({@link #formats(Binder)}). Loading happens in
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

    /**
     * As {@link #load(Path, Path, Duration)}, with the rules' firing and time limits per case; {@code fresh}
     * compiles the pack from its sources, trusting no cached or precompiled kjar (for {@code verify}).
     */
    public static EngineModule load(Path rulesOverlay, Path pluginsDir, Duration pluginTimeLimit, RuleLimits limits,
            boolean fresh) throws RulePackException, PluginLoadException {
        RulePack pack = fresh ? compileFresh(ruleFiles(rulesOverlay)) : compileRules(rulesOverlay);
        return new EngineModule(pack.withLimits(limits),
                new PluginSet(PluginDiscovery.discover(pluginsDir)), pluginTimeLimit);
    }

    /** The built-in rule files with the overlay applied. */
    public static List<RuleFile> ruleFiles(Path rulesOverlay) throws RulePackException {
        List<RuleFile> files = RuleSources.builtIn();
        if (rulesOverlay != null) {
            files = RuleSources.overlay(files, RuleSources.directory(rulesOverlay));
        }
        return files;
    }

    /** Packs compiled from their sources in this process, by content hash: compiled once per process. */
    private static final java.util.Map<String, RulePack> FRESH = new java.util.concurrent.ConcurrentHashMap<>();

    private static RulePack compileFresh(List<RuleFile> files) throws RulePackException {
        String hash = RuleSources.hash(files);
        RulePack pack = FRESH.get(hash);
        if (pack == null) {
            pack = new DroolsCompiler(KjarCache.none()).compile(files);
            FRESH.put(hash, pack);
        }
        return pack;
    }

    private static RulePack compileRules(Path rulesOverlay) throws RulePackException {
        if (rulesOverlay == null) {
            return new DroolsCompiler().compileBuiltIn();
        }
        return new DroolsCompiler().compile(ruleFiles(rulesOverlay));
    }

    @Override
    protected void configure() {
        bind(RulePack.class).toInstance(rules);
        bind(PluginSet.class).toInstance(plugins);
        bind(PluginRunner.class).toInstance(new PluginRunner(pluginTimeLimit));
        Multibinder<ReportRenderer> formats = formats(binder());
        for (BuiltInFormat f : BuiltInFormat.values()) {
            formats.addBinding().toInstance(f);
        }
    }

    /**
     * The set of report formats, to add one in a module of one's own:
     * {@code EngineModule.formats(binder()).addBinding().to(MyRenderer.class)}.
     */
    public static Multibinder<ReportRenderer> formats(Binder binder) {
        return Multibinder.newSetBinder(binder, ReportRenderer.class);
    }

    /** The report formats by name: built-in first, then the added ones; two of one name are refused. */
    @Provides
    @Singleton
    ReportFormats reportFormats(Set<ReportRenderer> renderers) {
        return new ReportFormats(renderers);
    }

    /** The case reader, which also checks KPI values against the ranges the loaded plugins declare. */
    @Provides
    @Singleton
    CaseReader reader(PluginSet plugins) {
        return new CaseReader(KpiRanges.of(plugins.plugins().stream().map(p -> p.descriptor()).toList()));
    }

    /** The engine over the bound rule pack, plugins and plugin runner: one per injector. */
    @Provides
    @Singleton
    AssessmentEngine engine(RulePack rules, PluginSet plugins, PluginRunner runner) {
        return new AssessmentEngine(rules, plugins, runner);
    }
}
