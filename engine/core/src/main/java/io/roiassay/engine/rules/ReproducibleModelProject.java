package io.roiassay.engine.rules;

import org.drools.codegen.common.GeneratedFile;
import org.drools.compiler.builder.impl.KnowledgeBuilderConfigurationImpl;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.compiler.kie.builder.impl.KieBuilderImpl;
import org.drools.compiler.kproject.models.KieBaseModelImpl;
import org.drools.model.codegen.execmodel.CanonicalModelKieProject;
import org.drools.model.codegen.execmodel.ModelBuilderImpl;
import org.drools.model.codegen.execmodel.PackageModel;
import org.drools.model.codegen.execmodel.PackageSources;
import org.drools.model.impl.NamesGenerator;
import org.kie.api.builder.KieBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.conf.ReproducibleExecutableModelGenerationOption;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Drools' executable-model project ({@code ExecutableModelProject}) made reproducible: Drools' own
 * {@code drools.reproducibleExecutableModelGeneration} switch on, and the Java it generates put through
 * {@link GeneratedSourceOrder} before it is compiled (the switch leaves the order of rule attributes to a hash
 * set), and Drools' JVM-wide counter of generated names restarted for each build, so the same rule files give
 * the same class files in every run, in every process and on every machine with the same JDK.
 */
final class ReproducibleModelProject extends CanonicalModelKieProject {

    /**
     * Held while a pack is built or its rule models are instantiated: Drools numbers generated names
     * ({@code GENERATED_$pattern_CaseFact$7$}) with one counter for the whole JVM, so a build must start it from
     * zero, as in a fresh JVM, and nothing else may move it meanwhile.
     */
    static final Object GENERATED_NAMES = new Object();

    private static final AtomicInteger NAME_COUNTER = nameCounter();

    ReproducibleModelProject(InternalKieModule module, ClassLoader loader) {
        super(module, loader);
    }

    /** Builds the files of {@code builder} reproducibly; one build at a time in this JVM. */
    static KieBuilder buildAll(KieBuilder builder) {
        synchronized (GENERATED_NAMES) {
            if (NAME_COUNTER != null) {
                NAME_COUNTER.set(0);
            }
            return ((KieBuilderImpl) builder).buildAll(ReproducibleModelProject::new, name -> true);
        }
    }

    /** Drools' JVM-wide counter of generated names, or null if this Drools keeps it elsewhere. */
    private static AtomicInteger nameCounter() {
        try {
            Field index = NamesGenerator.class.getDeclaredField("index");
            index.setAccessible(true);
            return index.get(null) instanceof AtomicInteger counter ? counter : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // names then depend on what this JVM built before (ReproducibleKjarTest fails)
        }
    }

    @Override
    protected KnowledgeBuilder createKnowledgeBuilder(KieBaseModelImpl kBase, InternalKieModule module) {
        if (getInternalKieModule().getKieModuleModel() != kBase.getKModule()) {
            return null; // a knowledge base of another module is not built here (as in Drools' own project)
        }
        KnowledgeBuilderConfigurationImpl configuration = getBuilderConfiguration(kBase, module);
        // Drools' own switch: rules are generated one after the other (numbered patterns, lambda names and the
        // order classes are first used no longer depend on thread timing) and package names come from the release.
        configuration.setOption(ReproducibleExecutableModelGenerationOption.ENABLED);
        ModelBuilderImpl<PackageSources> builder = new ModelBuilderImpl<>(OrderedSources::of, configuration,
                module.getReleaseId(), false);
        modelBuilders.put(kBase.getName(), builder);
        return builder;
    }

    /** A package's generated sources, each in its canonical order; everything else as Drools generated it. */
    private static final class OrderedSources extends PackageSources {
        private final PackageSources generated;

        private OrderedSources(PackageSources generated) {
            this.generated = generated;
        }

        static PackageSources of(PackageModel model) {
            return new OrderedSources(PackageSources.dumpSources(model));
        }

        @Override
        public void collectGeneratedFiles(List<GeneratedFile> files) {
            List<GeneratedFile> raw = new ArrayList<>();
            generated.collectGeneratedFiles(raw);
            for (GeneratedFile f : raw) {
                if (!f.relativePath().endsWith(".java")) {
                    files.add(f);
                    continue;
                }
                String source = new String(f.contents(), StandardCharsets.UTF_8);
                String ordered = GeneratedSourceOrder.canonical(source);
                files.add(ordered.equals(source) ? f
                        : new GeneratedFile(f.type(), f.path(), ordered.getBytes(StandardCharsets.UTF_8)));
            }
        }

        @Override
        public Collection<String> getModelNames() {
            return generated.getModelNames();
        }

        @Override
        public Collection<String> getRuleUnitClassNames() {
            return generated.getRuleUnitClassNames();
        }

        @Override
        public Collection<String> getExecutableRulesClasses() {
            return generated.getExecutableRulesClasses();
        }
    }
}
