package io.roiassay.engine.rules;

import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compiles rule files with Drools the canonical way: every file into a {@code KieFileSystem},
 * {@code buildAll()}, and any error stops the load with file and line; a partial pack is never used.
 */
public final class DroolsCompiler {

    private static final String PREFIX = "src/main/resources/roi-assay/rules/";

    /** Compiles the files into a rule pack, or reports every problem. */
    public RulePack compile(List<RuleFile> files) throws RulePackException {
        List<RuleFile> sources = files.stream().filter(RuleFile::isRuleSource).toList();
        if (sources.isEmpty()) {
            throw new RulePackException("the rule pack has no rule files (.drl, .drl.csv, .drl.xlsx)");
        }
        String hash = RuleSources.hash(files);
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("io.roiassay.rules", "pack-" + hash.substring(7, 23), "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        for (RuleFile f : sources) {
            kfs.write(PREFIX + f.path(), f.content());
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<RuleProblem> problems = problems(builder.getResults().getMessages(), files);
        if (problems.stream().anyMatch(RuleProblem::error)) {
            throw new RulePackException(problems.stream().filter(RuleProblem::error).toList());
        }
        KieContainer container = ks.newKieContainer(releaseId);
        return new DroolsRulePack(container.getKieBase(), files, hash);
    }

    /** Compiles and returns only the problems (errors and warnings), for {@code rules check}. */
    public List<RuleProblem> check(List<RuleFile> files) {
        try {
            compile(files);
            return List.of();
        } catch (RulePackException e) {
            return e.problems();
        }
    }

    private static List<RuleProblem> problems(List<Message> messages, List<RuleFile> files) {
        Map<String, RuleFile> byPath = files.stream().collect(Collectors.toMap(RuleFile::path, Function.identity(), (a, b) -> b));
        List<RuleProblem> out = new ArrayList<>();
        for (Message m : messages) {
            if (m.getLevel() == Message.Level.INFO || isEcho(m, messages)) {
                continue;
            }
            String path = m.getPath() == null ? "" : packPath(m.getPath());
            RuleFile f = byPath.get(path);
            String display = f != null ? f.displayPath() : (path.isEmpty() ? "rules" : path);
            out.add(new RuleProblem(display, m.getLine(), m.getColumn(), clean(m.getText()),
                    m.getLevel() == Message.Level.ERROR));
        }
        out.sort(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line));
        return out;
    }

    /** Drools adds a line-less "null Package" error after every parse error; the parse error says it all. */
    private static boolean isEcho(Message m, List<Message> all) {
        return m.getLine() <= 0 && m.getText() != null && m.getText().contains("Parser returned a null Package")
                && all.stream().anyMatch(o -> o != m && o.getLine() > 0 && java.util.Objects.equals(o.getPath(), m.getPath()));
    }

    /** Drools repeats file names and adds noise to its messages; keep the part a consultant needs. */
    private static String clean(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    /** Turns a KieFileSystem path back into the pack-relative path. */
    static String packPath(String sourcePath) {
        String p = sourcePath.replace('\\', '/');
        int i = p.indexOf("roi-assay/rules/");
        return i >= 0 ? p.substring(i + "roi-assay/rules/".length()) : p;
    }
}
