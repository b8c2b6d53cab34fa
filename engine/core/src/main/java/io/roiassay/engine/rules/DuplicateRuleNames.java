package io.roiassay.engine.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two rules of one package with the same name: Drools refuses the pack, but names whichever file it compiled
 * second, with a line of its own (a built-in table at "line 6" when an overlay table reused the name of a
 * built-in row). Checked on the sources before the build: the problem is put on the overlay's rule (else on
 * the later one), at its {@code .drl} line or table row, and names the rule it collides with.
 */
final class DuplicateRuleNames {

    private DuplicateRuleNames() {
    }

    private record Place(RuleFile file, RuleIndex.Declared rule) {

        boolean builtIn() {
            return file.origin().equals(RuleSources.BUILT_IN);
        }

        int line() {
            return rule.row() > 0 ? rule.row() : rule.line();
        }

        String describe() {
            return file.displayPath() + (rule.row() > 0 ? " row " + rule.row() : ":" + rule.line());
        }
    }

    /** One error per rule whose name its package already has, in file order. */
    static List<RuleProblem> check(List<RuleFile> files) {
        Map<String, List<Place>> byName = new LinkedHashMap<>();
        for (RuleFile f : files) {
            for (RuleIndex.Declared d : RuleIndex.declared(f)) {
                byName.computeIfAbsent(d.packageName() + '\u0000' + d.ruleName(), k -> new ArrayList<>()).add(new Place(f, d));
            }
        }
        List<RuleProblem> out = new ArrayList<>();
        for (List<Place> places : byName.values()) {
            if (places.size() < 2) {
                continue;
            }
            Place kept = places.stream().filter(Place::builtIn).findFirst().orElse(places.get(0));
            for (Place p : places) {
                if (p != kept) {
                    out.add(new RuleProblem(p.file().displayPath(), p.line(), 0, "rule name '" + p.rule().ruleName()
                            + "' is already used by " + kept.describe() + " (package " + p.rule().packageName()
                            + "): a rule name may appear once per package; give this rule a name of its own", true));
                }
            }
        }
        return out;
    }
}
