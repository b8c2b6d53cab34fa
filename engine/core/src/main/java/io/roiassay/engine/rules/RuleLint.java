package io.roiassay.engine.rules;

import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.definition.type.FactType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;

/**
 * Finds rules in a compiled pack that can never fire on the engine's fact model, by reading the compiled
 * {@code KieBase}: each rule's agenda group and the classes of the patterns in its left-hand side (nested
 * through {@code and}, {@code or}, {@code not}, {@code exists}, {@code forall} and {@code accumulate}).
 * Only the line of the {@code rule} keyword is found textually, because Drools keeps no line numbers.
 */
public final class RuleLint {

    private static final String FACTS = "io.roiassay.engine.facts.";

    /** The classes the engine inserts, and the phases in which each is already present. */
    private static final Map<String, Set<Phase>> INSERTED = inserted();

    /** The result: warnings (never errors; the pack compiled) and the number of rules inspected. */
    public record Result(List<RuleProblem> warnings, int ruleCount) {
    }

    private RuleLint() {
    }

    private static Map<String, Set<Phase>> inserted() {
        Map<String, Set<Phase>> m = new HashMap<>();
        Set<Phase> all = EnumSet.allOf(Phase.class);
        // Findings, verdicts, recommendations and adjustment requests are inserted by rules, in any phase.
        for (String c : Phase.RULE_FACTS) {
            m.put(FACTS + c, all);
        }
        // The case fact and profile are there from the first phase on, so every phase may build on them.
        for (Phase p : Phase.values()) {
            for (String c : p.adds()) {
                m.put(FACTS + c, EnumSet.range(p, Phase.RECOMMENDATIONS));
            }
        }
        return Map.copyOf(m);
    }

    /** The fact classes the engine inserts (fully qualified) and the phases in which each is present. */
    static Map<String, Set<Phase>> insertedFacts() {
        return INSERTED;
    }

    /** Inspects a pack compiled by {@link DroolsCompiler}; other packs have no rules to inspect. */
    public static Result lint(RulePack pack) {
        if (!(pack instanceof DroolsRulePack drools)) {
            return new Result(List.of(), 0);
        }
        Map<String, RuleFile> files = new HashMap<>();
        pack.files().forEach(f -> files.put(f.path(), f));
        Set<String> declared = new TreeSet<>();
        for (KiePackage pkg : drools.kieBase().getKiePackages()) {
            for (FactType t : pkg.getFactTypes()) {
                // Drools lists every class a pattern uses here; only types declared in .drl are unknown to Java.
                if (!onClassPath(t.getName())) {
                    declared.add(t.getName());
                }
            }
        }
        List<RuleProblem> warnings = new ArrayList<>();
        int count = 0;
        for (KiePackage pkg : drools.kieBase().getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                if (!(rule instanceof RuleImpl impl) || impl.isQuery()) {
                    continue;
                }
                count++;
                RuleIndex.Source source = drools.sourceOf(pkg.getName(), rule.getName());
                RuleFile file = files.get(source.file());
                String display = file != null ? file.displayPath() : source.file();
                int[] at = source.row() > 0 ? new int[] {source.row(), 0}
                        : file != null ? locate(file.text(), rule.getName()) : new int[] {0, 0};
                if (file != null && source.row() > 0 && blankLine(file.text(), source.row())) {
                    // Drools makes a rule of a table's header when no row follows it: say that, not "no agenda-group"
                    warnings.add(new RuleProblem(display, at[0], 0, "the decision table above this line has no rule rows:"
                            + " Drools makes an empty rule of its header (\"" + rule.getName() + "\", which does nothing);"
                            + " add rows, or delete the table", false));
                    continue;
                }
                for (String message : inspect(impl, declared)) {
                    if (source.row() > 0 && message.endsWith(NO_GROUP_ADVICE)) {
                        // a table row: the agenda group is its AGENDA-GROUP column (labelled phase), not DRL syntax
                        message = message.substring(0, message.length() - NO_GROUP_ADVICE.length())
                                + "write its phase (e.g. profile) in the table's AGENDA-GROUP column";
                    }
                    warnings.add(new RuleProblem(display, at[0], at[1], message, false));
                }
            }
        }
        warnings.sort(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line)
                .thenComparing(RuleProblem::message));
        return new Result(List.copyOf(warnings), count);
    }

    private static final String NO_GROUP_ADVICE = "add e.g. agenda-group \"findings\"";

    private static List<String> inspect(RuleImpl rule, Set<String> declared) {
        String name = "rule \"" + rule.getName() + "\"";
        String group = rule.getAgendaGroup();
        Phase phase = null;
        for (Phase p : Phase.values()) {
            if (p.agendaGroup().equals(group)) {
                phase = p;
            }
        }
        List<String> out = new ArrayList<>();
        if (group == null || group.isEmpty() || "MAIN".equals(group)) {
            out.add(name + " has no agenda-group, so it runs in Drools' MAIN group, after the rules of whichever phase"
                    + " first makes it true, outside the pipeline's order (" + groups() + "); " + NO_GROUP_ADVICE);
            return out;
        }
        if (phase == null) {
            out.add(name + " uses agenda-group \"" + group + "\", which the engine never focuses, so it never fires;"
                    + " use one of " + groups());
            return out;
        }
        List<Pattern> positive = new ArrayList<>();
        collect(rule.getLhs(), false, positive, identitySet());
        List<Pattern> any = new ArrayList<>();
        collect(rule.getLhs(), true, any, identitySet());
        Set<String> reported = new TreeSet<>();
        for (Pattern p : any) {
            String cls = className(p);
            if (cls == null || INSERTED.containsKey(cls) || declared.contains(cls) || cls.endsWith("InitialFact")
                    || !reported.add(cls)) {
                continue;
            }
            out.add(name + " matches " + simple(cls) + ", which the engine never inserts, so that pattern never"
                    + " matches; facts are " + factNames());
        }
        for (Pattern p : positive) {
            String cls = className(p);
            Set<Phase> present = cls == null ? null : INSERTED.get(cls);
            if (present != null && !present.contains(phase) && reported.add(cls)) {
                out.add(name + " in agenda-group \"" + group + "\" needs " + simple(cls) + ", which is only inserted from"
                        + " the " + present.iterator().next().agendaGroup() + " phase on, so it never fires");
            }
        }
        return out;
    }

    /**
     * Gathers the working-memory patterns of a condition tree. With {@code includeNegated} false, patterns
     * under {@code not} (which hold when nothing matches) are left out.
     */
    private static void collect(RuleConditionElement e, boolean includeNegated, List<Pattern> out, Set<Object> seen) {
        if (e == null || !seen.add(e)) {
            return;
        }
        if (e instanceof GroupElement g && g.isNot() && !includeNegated) {
            return;
        }
        if (e instanceof Pattern p) {
            if (p.getSource() == null) {
                out.add(p);
            } else {
                collect(p.getSource(), includeNegated, out, seen);
            }
            return;
        }
        List<? extends RuleConditionElement> nested = e.getNestedElements();
        if (nested != null) {
            for (RuleConditionElement c : nested) {
                collect(c, includeNegated, out, seen);
            }
        }
    }

    private static boolean onClassPath(String name) {
        try {
            Class.forName(name, false, RuleLint.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Drools' condition elements define equals loosely (two bare patterns can be equal); track by identity. */
    private static Set<Object> identitySet() {
        return java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    }

    private static String className(Pattern p) {
        return p.getObjectType() instanceof ClassObjectType c ? c.getClassName() : null;
    }

    private static String simple(String cls) {
        return cls.substring(cls.lastIndexOf('.') + 1);
    }

    private static String groups() {
        StringBuilder b = new StringBuilder();
        for (Phase p : Phase.values()) {
            b.append(b.length() == 0 ? "" : ", ").append('"').append(p.agendaGroup()).append('"');
        }
        return b.toString();
    }

    private static String factNames() {
        return String.join(", ", new TreeSet<>(INSERTED.keySet().stream().map(RuleLint::simple).toList()));
    }

    /** Line and column of {@code rule "name"} in a .drl text; {0, 0} when not found (e.g. a decision table). */
    /** Whether line {@code n} (from 1) of the text is blank or past its end. */
    private static boolean blankLine(String text, int n) {
        String[] lines = text.split("\\R", -1);
        return n > lines.length || lines[n - 1].replace(",", "").isBlank();
    }

    static int[] locate(String text, String ruleName) {
        String q = java.util.regex.Pattern.quote(ruleName);
        java.util.regex.Pattern re = java.util.regex.Pattern.compile(
                "(?m)^([ \\t]*)rule\\s+(\"" + q + "\"|'" + q + "'|" + q + "(?=\\s))");
        Matcher m = re.matcher(text);
        if (!m.find()) {
            return new int[] {0, 0};
        }
        int line = 1;
        for (int i = 0; i < m.start(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return new int[] {line, m.group(1).length() + 1};
    }
}
