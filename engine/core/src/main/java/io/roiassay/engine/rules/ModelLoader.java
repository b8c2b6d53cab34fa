package io.roiassay.engine.rules;

import io.roiassay.engine.errors.Causes;
import io.roiassay.engine.rules.security.CodeViolation;
import io.roiassay.engine.rules.security.PackCodeCheck;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link KieBase} straight from an executable-model kjar: its classes are defined from memory and
 * the rule models it lists are handed to Drools' {@code KieBaseBuilder}. This skips the kie-api module
 * machinery ({@code KieRepository}, {@code kmodule.xml} read through XStream), which was most of the
 * start-up time of a cached pack: XStream's old class files cannot go into a class-data-sharing archive.
 */
final class ModelLoader {

    private static final String MODEL_LIST = "/drools-model";
    /** The most class bytes a kjar may hold (the built-in pack's: about 2 MB). */
    static final long MAX_CLASS_BYTES = 256L * 1024 * 1024;

    private ModelLoader() {
    }

    /**
     * The rule base of a kjar built by {@link DroolsCompiler}; throws when the kjar is not one, and
     * {@link ForbiddenCodeException} before any of its classes is loaded when its code reaches outside the
     * rule allow-list. {@code checkCode} false skips that scan, only for the built-in pack precompiled into
     * the tool's jar, which the build has scanned ({@link #violations(byte[])}).
     */
    static KieBase load(byte[] kjar, boolean checkCode) {
        Map<String, KjarEntries.Entry> classes = new HashMap<>();
        List<String> models = new ArrayList<>();
        read(kjar, classes, models);
        if (models.isEmpty()) {
            throw new IllegalStateException("the compiled rule pack lists no rule models");
        }
        if (checkCode) {
            List<CodeViolation> violations = PackCodeCheck.check(bytes(kjar, classes));
            if (!violations.isEmpty()) {
                throw new ForbiddenCodeException(violations);
            }
        }
        return kieBase(kjar, classes, models);
    }

    /** What a kjar's code uses outside the rule allow-list (empty: nothing). */
    static List<CodeViolation> violations(byte[] kjar) {
        Map<String, KjarEntries.Entry> classes = new HashMap<>();
        read(kjar, classes, new ArrayList<>());
        return PackCodeCheck.check(bytes(kjar, classes));
    }

    /** The kjar's class entries by class name, and the rule models it lists. */
    static void read(byte[] kjar, Map<String, KjarEntries.Entry> classes, List<String> models) {
        try {
            for (KjarEntries.Entry e : KjarEntries.read(kjar).values()) {
                String name = e.name();
                if (name.startsWith("org/drools/project/model/")) {
                    continue; // the kie-api project descriptor: never loaded here, so never allowed to be
                } else if (name.endsWith(".class")) {
                    classes.put(name.substring(0, name.length() - ".class".length()).replace('/', '.'), e);
                } else if (name.startsWith("META-INF/kie/") && name.endsWith(MODEL_LIST)) {
                    for (String line : new String(KjarEntries.bytes(kjar, e), StandardCharsets.UTF_8).split("\\R")) {
                        String model = line.strip();
                        if (!model.isEmpty() && !model.startsWith("Drools-Model-Version")) {
                            models.add(model);
                        }
                    }
                }
            }
        } catch (IOException ex) {
            throw new IllegalStateException("the compiled rule pack is not a readable kjar: " + ex.getMessage(), ex);
        }
    }

    /**
     * Every class's bytes, for the code check; at most {@link #MAX_CLASS_BYTES} in all (entries of a forged kjar
     * may all point at one small, highly compressed entry).
     */
    private static Map<String, byte[]> bytes(byte[] kjar, Map<String, KjarEntries.Entry> classes) {
        return bytes(kjar, classes, MAX_CLASS_BYTES);
    }

    static Map<String, byte[]> bytes(byte[] kjar, Map<String, KjarEntries.Entry> classes, long limit) {
        Map<String, byte[]> bytes = new HashMap<>();
        long total = 0;
        try {
            for (Map.Entry<String, KjarEntries.Entry> c : classes.entrySet()) {
                total += c.getValue().size();
                if (total > limit) {
                    throw new IOException("its classes take more than " + limit + " bytes");
                }
                bytes.put(c.getKey(), KjarEntries.bytes(kjar, c.getValue()));
            }
        } catch (IOException ex) {
            throw new IllegalStateException("the compiled rule pack is not a readable kjar: " + ex.getMessage(), ex);
        }
        return bytes;
    }

    private static KieBase kieBase(byte[] kjar, Map<String, KjarEntries.Entry> classes, List<String> models) {
        // Rule models may draw generated names from Drools' JVM-wide counter: not while a pack is being built.
        synchronized (ReproducibleModelProject.GENERATED_NAMES) {
            return kieBase(new MemoryClassLoader(kjar, classes, ModelLoader.class.getClassLoader()), models);
        }
    }

    private static KieBase kieBase(MemoryClassLoader loader, List<String> models) {
        List<Model> instances = new ArrayList<>();
        for (String m : models) {
            try {
                instances.add((Model) loader.loadClass(m).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | ClassCastException ex) {
                // What failed inside the model, not the reflection wrapper around it (say an eval of a constant
                // that asks for more memory than the heap holds, run when the model is built).
                Throwable root = Causes.root(ex);
                throw new IllegalStateException("cannot load rule model " + m + ": " + root, ex);
            }
        }
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(loader);
        try {
            return KieBaseBuilder.createKieBaseFromModel(instances);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** A pack whose compiled code uses what rule files may not (System, files, network, reflection…). */
    static final class ForbiddenCodeException extends RuntimeException {
        private final transient List<CodeViolation> violations;

        ForbiddenCodeException(List<CodeViolation> violations) {
            super(violations.size() + " forbidden call(s) in the rule pack");
            this.violations = List.copyOf(violations);
        }

        List<CodeViolation> violations() {
            return violations;
        }
    }

    /**
     * Defines the kjar's classes from memory, on first use: a stored entry straight from the kjar's bytes, a
     * compressed one (a kjar written before entries were stored) inflated first.
     */
    static final class MemoryClassLoader extends ClassLoader {
        static {
            registerAsParallelCapable();
        }

        private final byte[] kjar;
        private final Map<String, KjarEntries.Entry> classes;

        MemoryClassLoader(byte[] kjar, Map<String, KjarEntries.Entry> classes, ClassLoader parent) {
            super("roi-assay-rule-pack", parent);
            this.kjar = kjar;
            this.classes = classes;
        }

        /**
         * The kjar's own classes first: asking the parent first, as a class loader does by default, searched the
         * tool's jar and threw a ClassNotFoundException for each of the pack's ~650 classes, about 35 ms of a cold
         * start's longest chain. A kjar cannot shadow the tool this way: its classes are seen only by its rules,
         * and a kjar that is not the tool's own had all of its code checked ({@link PackCodeCheck}).
         */
        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!classes.containsKey(name)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    c = findClass(name);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            KjarEntries.Entry e = classes.get(name);
            if (e == null) {
                throw new ClassNotFoundException(name);
            }
            if (e.stored()) {
                return defineClass(name, kjar, e.offset(), e.size());
            }
            try {
                byte[] bytes = KjarEntries.bytes(kjar, e);
                return defineClass(name, bytes, 0, bytes.length);
            } catch (IOException ex) {
                throw new ClassNotFoundException(name + " (" + ex.getMessage() + ")", ex);
            }
        }
    }
}
