package io.roiassay.engine.rules;

import io.roiassay.engine.concurrent.BackgroundLoad;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;

import java.nio.charset.StandardCharsets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compiles rule files with Drools the canonical way — every file into a {@code KieFileSystem},
 * {@code buildAll()}, any error stops the load with file and line, a partial pack is never used — into
 * Drools' executable model, whose kjar is cached by content hash ({@link KjarCache}): the next start loads
 * the compiled pack in a fraction of the time instead of compiling the DRL again. The same files always give
 * the same kjar bytes ({@link ReproducibleModelProject}, {@link KjarArchive}).
 */
public final class DroolsCompiler {

    private static final String PREFIX = "src/main/resources/roi-assay/rules/";

    private final KjarCache cache;

    /** A compiler with the standard cache ({@link KjarCache#standard()}). */
    public DroolsCompiler() {
        this(KjarCache.standard());
    }

    /** A compiler with the given cache. */
    public DroolsCompiler(KjarCache cache) {
        this.cache = cache;
    }

    /**
     * The built-in pack ({@link RuleSources#builtIn()}): as {@code compile(RuleSources.builtIn())}, but when the
     * tool's jar holds a precompiled pack its knowledge base is built while a second thread reads and hashes the
     * sources (and their rule index and catalogue) — a cold start's longest chain otherwise starts with them. The
     * precompiled pack is used only when its key matches the sources' hash, as in {@link #compile}; otherwise what
     * was built from it is dropped and the pack is compiled from the sources.
     */
    public RulePack compileBuiltIn() throws RulePackException {
        byte[] prebuilt = cache.prebuiltUnchecked();
        if (prebuilt == null) {
            return compile(RuleSources.builtIn());
        }
        var sources = BackgroundLoad.start("roi-assay-pack-texts", () -> {
            List<RuleFile> files = RuleSources.builtIn();
            String hash = checkSources(files);
            return new Sources(files, hash, PackTexts.of(files));
        });
        org.kie.api.KieBase kieBase;
        try {
            kieBase = ModelLoader.load(prebuilt, false); // its code was checked when the tool was built
        } catch (RuntimeException e) {
            kieBase = null; // not loadable after all: compiled from the sources below
        }
        Sources read = sources.join(RulePackException.class);
        if (kieBase == null || !KjarCache.key(read.hash()).equals(KjarCache.marker(prebuilt))) {
            return compile(read.files());
        }
        return new DroolsRulePack(kieBase, read.files(), read.hash(), read.texts().index(), read.texts().catalogue());
    }

    /** The built-in pack's files read on the second thread, their hash and what they say beside the rules. */
    private record Sources(List<RuleFile> files, String hash, PackTexts texts) {
    }

    /** Compiles the files into a rule pack (or loads it from the cache), or reports every problem. */
    public RulePack compile(List<RuleFile> files) throws RulePackException {
        String hash = checkSources(files);
        byte[] prebuilt = cache.prebuilt(hash);
        if (prebuilt != null) {
            try {
                return load(prebuilt, files, hash, false); // its code was checked when the tool was built
            } catch (RuntimeException | RulePackException e) {
                // Not loadable after all: built from the sources below, like any other pack.
            }
        }
        byte[] cached = cache.find(hash);
        if (cached != null) {
            try {
                return load(cached, files, hash, true);
            } catch (RuntimeException | RulePackException e) {
                // A cached kjar Drools cannot load, or one whose code breaks the rule allow-list, is rebuilt
                // from the sources, never trusted.
            }
        }
        byte[] kjar = build(files, hash);
        RulePack pack = load(kjar, files, hash, true); // checked before it is cached: a refused pack is never stored
        cache.store(hash, kjar);
        return pack;
    }

    /**
     * Compiles the pack to an executable-model kjar without caching it, e.g. to precompile the built-in pack
     * at build time.
     */
    public byte[] build(List<RuleFile> files) throws RulePackException {
        return build(files, checkSources(files));
    }

    private static String checkSources(List<RuleFile> files) throws RulePackException {
        if (files.stream().noneMatch(RuleFile::isRuleSource)) {
            throw new RulePackException("the rule pack has no rule files (.drl, .drl.csv, .drl.xlsx)");
        }
        return RuleSources.hash(files);
    }

    /**
     * The mistakes Drools would accept, or report against generated code, or fail on with a bare exception:
     * checked on the sources first ({@link SourceLint}, the catalogue), each with file, line and column.
     */
    private static void checkBeforeBuild(List<RuleFile> files) throws RulePackException {
        var catalogue = PackCatalogue.of(files);
        List<RuleProblem> errors = new ArrayList<>(PackCatalogue.problems(catalogue));
        SourceLint.check(files, catalogue).stream().filter(RuleProblem::error).forEach(errors::add);
        errors.addAll(DuplicateRuleNames.check(files));
        if (!errors.isEmpty()) {
            throw new RulePackException(errors);
        }
    }

    private static byte[] build(List<RuleFile> files, String hash) throws RulePackException {
        checkBeforeBuild(files);
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId(ks, hash));
        KieModuleModel module = ks.newKieModuleModel();
        module.newKieBaseModel("pack").setDefault(true).addPackage("*").newKieSessionModel("run").setDefault(true);
        kfs.writeKModuleXML(module.toXML());
        kfs.write("src/main/resources/" + KjarCache.MARKER, KjarCache.key(hash).getBytes(StandardCharsets.UTF_8));
        for (RuleFile f : files) {
            if (f.isRuleSource()) {
                kfs.write(PREFIX + f.path(), f.sourceBytes());
            }
        }
        KieBuilder builder;
        List<RuleProblem> problems;
        try {
            // Drools' executable model, its generated Java put in a fixed order: the same files, the same kjar bytes.
            builder = ReproducibleModelProject.buildAll(ks.newKieBuilder(kfs));
            problems = errors(builder, files);
        } catch (RuntimeException e) {
            // The executable model's generator throws on some mistakes (e.g. a comparison it cannot coerce)
            // instead of reporting them; the plain build below names the file, else say what failed.
            builder = null;
            RuleProblem table = DecisionTables.parseError(e, files);
            problems = List.of(table != null ? table : new RuleProblem("rules", 0, 0, "Drools could not compile the pack: "
                    + e.getClass().getSimpleName() + ": " + e.getMessage(), true));
        }
        if (!problems.isEmpty()) {
            // The executable model reports errors in consequences against the Java it generated; the plain DRL
            // build names the rule file and line a consultant must fix, so report that one when it fails too.
            KieFileSystem plain = ks.newKieFileSystem();
            plain.generateAndWritePomXML(ks.newReleaseId("io.roiassay.rules", "check-" + hash.substring(7, 23), "1.0.0"));
            files.stream().filter(RuleFile::isRuleSource).forEach(f -> plain.write(PREFIX + f.path(), f.sourceBytes()));
            List<RuleProblem> drlProblems;
            try {
                drlProblems = errors(ks.newKieBuilder(plain).buildAll(), files);
            } catch (RuntimeException e) {
                drlProblems = List.of();
            }
            throw new RulePackException(drlProblems.isEmpty() ? problems : drlProblems);
        }
        return KjarArchive.canonical(((InternalKieModule) builder.getKieModule()).getBytes());
    }

    private static List<RuleProblem> errors(KieBuilder builder, List<RuleFile> files) {
        return problems(builder.getResults().getMessages(), files).stream().filter(RuleProblem::error).toList();
    }

    private static RulePack load(byte[] kjar, List<RuleFile> files, String hash, boolean checkCode)
            throws RulePackException {
        // The rule index and the catalogue are read from the sources on a second thread while the knowledge base
        // loads: a cold start spends about a tenth of its time on them, and the loading thread is busy anyway.
        var texts = BackgroundLoad.start("roi-assay-pack-texts", () -> PackTexts.of(files));
        org.kie.api.KieBase kieBase;
        try {
            kieBase = ModelLoader.load(kjar, checkCode);
        } catch (ModelLoader.ForbiddenCodeException e) {
            throw new RulePackException(ForbiddenCalls.problems(e.violations(), files));
        } catch (IllegalStateException | OutOfMemoryError | StackOverflowError e) {
            // The pack compiled, but building its knowledge base ran its code and that failed: the pack's
            // defect (exit 3), said as such, not an unexpected error of the tool.
            throw new RulePackException("the rule pack compiled, but its rules could not be set up: " + e.getMessage());
        }
        PackTexts read = texts.join();
        return new DroolsRulePack(kieBase, files, hash, read.index(), read.catalogue());
    }

    /** What a pack's sources say beside its compiled rules: which file and row each rule is in, the catalogue. */
    private record PackTexts(RuleIndex index, io.roiassay.engine.catalogue.Catalogue catalogue) {

        static PackTexts of(List<RuleFile> files) {
            return new PackTexts(new RuleIndex(files), PackCatalogue.of(files));
        }
    }

    private static ReleaseId releaseId(KieServices ks, String hash) {
        return ks.newReleaseId("io.roiassay.rules", "pack-" + hash.substring(7, 23), "1.0.0");
    }

    private static List<RuleProblem> problems(List<Message> messages, List<RuleFile> files) {
        Map<String, RuleFile> byPath = files.stream().collect(Collectors.toMap(RuleFile::path, Function.identity(), (a, b) -> b));
        List<RuleProblem> out = new ArrayList<>();
        java.util.Set<String> mapped = new java.util.HashSet<>();
        for (Message m : messages) {
            if (m.getLevel() == Message.Level.INFO || isEcho(m, messages) || GeneratedJavaErrors.isSourceDump(m)) {
                continue;
            }
            GeneratedJavaErrors.Origin origin = GeneratedJavaErrors.locate(m, messages, files);
            if (origin != null) {
                mapped.add(m.getPath());
                out.add(new RuleProblem(origin.file().displayPath(), origin.line(), origin.column(),
                        ParserMessages.undefinedMethod(clean(m.getText()))
                        + " (in rule \"" + origin.rule() + "\", in the Java Drools generates from it)",
                        m.getLevel() == Message.Level.ERROR));
                continue;
            }
            String path = m.getPath() == null ? "" : packPath(m.getPath());
            RuleFile f = byPath.get(path);
            String display = f != null ? f.displayPath() : (path.isEmpty() ? "rules" : path);
            String text = ParserMessages.hint(ParserMessages.undefinedMethod(ParserMessages.showInvisible(clean(m.getText()),
                    f == null ? null : f.text(), m.getLine(), m.getColumn())));
            int[] at = f == null ? null : ConsequenceErrors.locate(f.text(), m.getText(), m.getLine());
            out.add(new RuleProblem(display, at != null ? at[0] : m.getLine(), at != null ? at[1] : m.getColumn(),
                    text, m.getLevel() == Message.Level.ERROR));
        }
        // the "Java source of … in error" companions: kept only for a generated file no error could be traced from
        for (Message m : messages) {
            if (GeneratedJavaErrors.isSourceDump(m) && !mapped.contains(m.getPath())) {
                out.add(new RuleProblem(packPath(m.getPath()), m.getLine(), m.getColumn(), clean(m.getText()),
                        m.getLevel() == Message.Level.ERROR));
            }
        }
        out.sort(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line));
        return out;
    }

    /**
     * Drools adds a line-less "null Package" error after every parse error, and after some parse errors its parser
     * fails on its own ("Unexpected error: Cannot invoke ... because \"set\" is null"): the parse error with its
     * line says it all. Without such an error beside it, the line-less message is kept.
     */
    private static boolean isEcho(Message m, List<Message> all) {
        return m.getLine() <= 0 && m.getText() != null && ParserMessages.isFollowOn(m.getText())
                && all.stream().anyMatch(o -> o != m && o.getLine() > 0 && o.getLevel() == Message.Level.ERROR
                && java.util.Objects.equals(o.getPath(), m.getPath()));
    }

    /**
     * Drools repeats file names and adds noise to its messages; keep the part a consultant needs. The
     * executable model appends the whole generated Java source to some messages: cut it off.
     */
    private static String clean(String text) {
        if (text == null) {
            return "";
        }
        String t = text.strip().replaceAll("\\s+", " ");
        int source = t.indexOf(" in error: ");
        return source >= 0 ? t.substring(0, source) + " in error" : t;
    }

    /** Turns a KieFileSystem path back into the pack-relative path. */
    static String packPath(String sourcePath) {
        String p = sourcePath.replace('\\', '/');
        int i = p.indexOf("roi-assay/rules/");
        return i >= 0 ? p.substring(i + "roi-assay/rules/".length()) : p;
    }
}
