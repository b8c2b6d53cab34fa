package io.roiassay.engine.rules;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A {@link RulePack} backed by a compiled Drools {@link KieBase}; immutable and shared by all runs. */
final class DroolsRulePack implements RulePack {

    private final KieBase kieBase;
    private final List<RuleFile> files;
    private final String hash;
    private final Map<String, String> fileOfRule;

    DroolsRulePack(KieBase kieBase, List<RuleFile> files, String hash) {
        this.kieBase = kieBase;
        this.files = List.copyOf(files);
        this.hash = hash;
        this.fileOfRule = indexRuleFiles(kieBase);
    }

    /** Maps package + rule name to the pack-relative file the rule was compiled from. */
    private static Map<String, String> indexRuleFiles(KieBase kieBase) {
        Map<String, String> index = new HashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                String file = "?";
                if (rule instanceof RuleImpl impl && impl.getResource() != null
                        && impl.getResource().getSourcePath() != null) {
                    file = DroolsCompiler.packPath(impl.getResource().getSourcePath());
                }
                index.put(pkg.getName() + "\u0000" + rule.getName(), file);
            }
        }
        return Map.copyOf(index);
    }

    /** The pack-relative file of a rule, or "?" when unknown. */
    String fileOf(String packageName, String ruleName) {
        return fileOfRule.getOrDefault(packageName + "\u0000" + ruleName, "?");
    }

    /** The compiled knowledge base, for {@link RuleLint}. */
    KieBase kieBase() {
        return kieBase;
    }

    @Override
    public RuleRun newRun() {
        return new DroolsRuleRun(kieBase.newKieSession(), this::fileOf);
    }

    @Override
    public String contentHash() {
        return hash;
    }

    @Override
    public List<RuleFile> files() {
        return files;
    }
}
