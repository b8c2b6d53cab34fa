package io.roiassay.engine;

import io.roiassay.engine.assess.AssessOptions;
import io.roiassay.engine.assess.AssessmentEngine;
import io.roiassay.engine.caseio.CaseException;
import io.roiassay.engine.caseio.CaseReader;
import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.ProvisionException;
import io.roiassay.engine.inject.EngineModule;
import io.roiassay.engine.model.Case;
import io.roiassay.engine.plugins.PluginLoadException;
import io.roiassay.engine.report.JsonReportWriter;
import io.roiassay.engine.report.Report;
import io.roiassay.engine.report.ReportFormats;
import io.roiassay.engine.report.ReportRenderException;
import io.roiassay.engine.report.ReportRenderer;
import io.roiassay.engine.rules.RuleFile;
import io.roiassay.engine.rules.RulePackException;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The embedding API: build once per process, then assess cases from any number of threads.
 *
 * <pre>{@code
 * RoiAssay assay = RoiAssay.builder().build();              // built-in rules and plugins
 * Report report = assay.assess(caseObject);                  // or:
 * String json = assay.assessJson(caseJsonText);               // case JSON in, report JSON out
 * }</pre>
 * Loading compiles the rule pack (about a second) and discovers plugins; both are shared by every call.
 * The parts are wired by Guice ({@link EngineModule}); the rule pack and plugins are loaded eagerly
 * before the injector starts, so a broken rule file or plugin is reported as itself. Report formats are an
 * extension point: {@link Builder#reportFormat} or a module ({@link Builder#module}) adds one, and
 * {@link #render(Report, String)} renders in any of them by name.
 */
public final class RoiAssay {

    private final AssessmentEngine engine;
    private final CaseReader reader;
    private final ReportFormats formats;

    private RoiAssay(AssessmentEngine engine, CaseReader reader, ReportFormats formats) {
        this.engine = engine;
        this.reader = reader;
        this.formats = formats;
    }

    /** The built-in rule files with the overlay directory's files added or replacing (null: no overlay). */
    public static List<RuleFile> ruleFiles(Path rulesOverlay) throws RulePackException {
        return EngineModule.ruleFiles(rulesOverlay);
    }

    /** Starts a builder with the defaults: built-in rules, no overlay, no plugins directory, 2 s plugin limit. */
    public static Builder builder() {
        return new Builder();
    }

    /** The engine, for callers that hold {@link Case} objects. */
    public AssessmentEngine engine() {
        return engine;
    }

    /** The strict case reader (schema validation, all errors in one pass). */
    public CaseReader reader() {
        return reader;
    }

    /** The report formats of this engine: {@code json}, {@code md}, {@code html}, {@code pdf} and any added. */
    public ReportFormats formats() {
        return formats;
    }

    /**
     * The report in the format of that name, as the bytes {@code assay assess --format NAME} writes.
     *
     * @throws IllegalArgumentException naming the formats there are, when the engine has none of that name
     * @throws ReportRenderException    when the format cannot render here (no PDF module, no font)
     */
    public byte[] render(Report report, String format) throws ReportRenderException {
        return formats.require(format).render(report);
    }

    /** Assesses a case in its own language, without Monte Carlo draws (break-even and tornado included). */
    public Report assess(Case theCase) {
        return engine.assess(theCase);
    }

    /**
     * Assesses a case in its own language with options: Monte Carlo draws and their seed
     * ({@link AssessOptions#DEFAULT} is what {@code assay assess} uses: 10,000 draws, seed 1).
     */
    public Report assess(Case theCase, AssessOptions options) {
        return engine.assess(theCase, null, options);
    }

    /** Reads a case from JSON text, assesses it (no draws) and returns the report as one line of JSON. */
    public String assessJson(String caseJson) throws CaseException {
        return assessJson(caseJson, AssessOptions.NO_DRAWS);
    }

    /** Reads a case from JSON text, assesses it with options and returns the report as one line of JSON. */
    public String assessJson(String caseJson, AssessOptions options) throws CaseException {
        return JsonReportWriter.compact(engine.assess(reader.read(caseJson, "case.json", true), null, options));
    }

    /** Configures and loads an engine. */
    public static final class Builder {
        private Path rulesOverlay;
        private Path pluginsDir;
        private Duration pluginTimeLimit = Duration.ofSeconds(2);
        private io.roiassay.engine.rules.RuleLimits ruleLimits = io.roiassay.engine.rules.RuleLimits.DEFAULT;
        private boolean compileFresh;
        private final List<ReportRenderer> formats = new ArrayList<>();
        private final List<Module> modules = new ArrayList<>();

        private Builder() {
        }

        /** Adds a report format (its name must differ from the built-in ones and from the others added). */
        public Builder reportFormat(ReportRenderer renderer) { this.formats.add(renderer); return this; }

        /**
         * Adds a Guice module to the engine's injector, e.g. one that adds report formats with
         * {@code EngineModule.formats(binder()).addBinding().to(MyRenderer.class)}.
         */
        public Builder module(Module module) { this.modules.add(module); return this; }

        /** A directory of rule files that add to or replace built-in files of the same relative path. */
        public Builder rulesOverlay(Path dir) { this.rulesOverlay = dir; return this; }

        /** A directory of plugin jars (each jar, or each sub-directory of jars, gets its own class loader). */
        public Builder pluginsDir(Path dir) { this.pluginsDir = dir; return this; }

        /** How long a plugin from the plugins directory may take per case. */
        public Builder pluginTimeLimit(Duration limit) { this.pluginTimeLimit = limit; return this; }

        /** How many rule firings and how much time the rules may take per case. */
        public Builder ruleLimits(io.roiassay.engine.rules.RuleLimits limits) { this.ruleLimits = limits; return this; }

        /** Compile the rule pack from its sources, trusting no cached or precompiled pack (for audits). */
        public Builder compileFresh(boolean fresh) { this.compileFresh = fresh; return this; }

        /**
         * Compiles the rule pack and discovers plugins.
         *
         * @throws RulePackException   when a rule file does not compile (file and line named)
         * @throws PluginLoadException when plugins clash or cannot load
         * @throws IllegalArgumentException when two report formats share a name, or one's name is not valid
         */
        public RoiAssay build() throws RulePackException, PluginLoadException {
            List<Module> all = new ArrayList<>();
            all.add(EngineModule.load(rulesOverlay, pluginsDir, pluginTimeLimit, ruleLimits, compileFresh));
            if (!formats.isEmpty()) {
                List<ReportRenderer> added = List.copyOf(formats);
                all.add(new AbstractModule() {
                    @Override
                    protected void configure() {
                        added.forEach(f -> EngineModule.formats(binder()).addBinding().toInstance(f));
                    }
                });
            }
            all.addAll(modules);
            Injector injector = Guice.createInjector(all);
            ReportFormats reportFormats;
            try {
                reportFormats = injector.getInstance(ReportFormats.class);
            } catch (ProvisionException e) {
                // two formats of one name, or a bad name: say so, not Guice's account of where it was provided
                throw e.getCause() instanceof IllegalArgumentException bad ? bad : e;
            }
            return new RoiAssay(injector.getInstance(AssessmentEngine.class), injector.getInstance(CaseReader.class),
                    reportFormats);
        }
    }
}
