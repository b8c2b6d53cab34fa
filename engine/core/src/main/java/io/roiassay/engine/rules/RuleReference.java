package io.roiassay.engine.rules;

import io.roiassay.engine.catalogue.Confidence;
import io.roiassay.engine.catalogue.Family;
import io.roiassay.engine.catalogue.Grade;
import io.roiassay.engine.catalogue.Severity;
import io.roiassay.engine.facts.Finding;
import io.roiassay.engine.facts.Outcome;
import io.roiassay.engine.facts.ProfileKeys;
import io.roiassay.engine.facts.Recommendation;
import io.roiassay.engine.facts.Verdict;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Generates the rule-authoring reference ({@code docs/rule-reference.md}) from the code itself: the phases,
 * every fact type with its fields and helper methods, the {@code outcome} helpers and the fluent methods of
 * findings, recommendations and verdicts, the closed vocabularies and the profile keys. A test compares the
 * committed file with this output, so the reference cannot drift from the engine.
 */
public final class RuleReference {

    private RuleReference() {
    }

    /** {@code RuleReference FILE}: writes the reference to FILE. */
    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[0]), render(), StandardCharsets.UTF_8);
    }

    /** The reference as Markdown. */
    public static String render() {
        StringBuilder b = new StringBuilder();
        b.append("# Rule-authoring reference\n\n")
                .append("<!-- Generated from the engine's classes by io.roiassay.engine.rules.RuleReference; do not edit.\n")
                .append("     RuleReferenceTest fails when this file differs; regenerate with\n")
                .append("     mvn -B -o -q -pl engine/core -am test -Dtest=RuleReferenceTest -Dsurefire.failIfNoSpecifiedTests=false -DupdateRuleReference=true -->\n\n")
                .append("What a rule in `rules/` can see and call. Every rule file starts with\n")
                .append("`import io.roiassay.engine.facts.*;` and `global Outcome outcome;`. How to write, check and test a\n")
                .append("rule: [consultant-guide.md](consultant-guide.md).\n\n");
        phases(b);
        facts(b);
        outcome(b);
        fluent(b, Finding.class, "finding", "outcome.finding(...)");
        fluent(b, Recommendation.class, "recommendation", "outcome.recommend(...)");
        fluent(b, Verdict.class, "verdict", "outcome.verdict(...)");
        vocabularies(b);
        profileKeys(b);
        return b.toString();
    }

    private static void phases(StringBuilder b) {
        b.append("## Phases\n\nA rule names its phase with `agenda-group \"…\"`; the engine fires them in this order, doing\n")
                .append("the arithmetic in between. A fact can be matched from the phase it is inserted in.\n\n")
                .append("| phase (agenda-group) | facts present |\n|---|---|\n");
        Map<String, Set<Phase>> inserted = RuleLint.insertedFacts();
        for (Phase p : Phase.values()) {
            String facts = inserted.entrySet().stream().filter(e -> e.getValue().contains(p))
                    .map(e -> "`" + simple(e.getKey()) + "`").sorted().collect(Collectors.joining(", "));
            b.append("| `").append(p.agendaGroup()).append("` | ").append(facts).append(" |\n");
        }
        b.append('\n');
    }

    private static void facts(StringBuilder b) {
        b.append("## Fact types\n\nFields are matched by name in a pattern (`CaseTotals(totalCosts > 0)`); helpers are called\n")
                .append("(`CaseTotals(has(\"training\"))`, `$p.number(\"adoptionThreshold\")`).\n\n");
        for (String name : new TreeMap<>(RuleLint.insertedFacts()).keySet()) {
            Class<?> c = load(name);
            if (c == null) {
                continue;
            }
            b.append("### ").append(c.getSimpleName()).append("\n\n");
            b.append("Present from the `").append(RuleLint.insertedFacts().get(name).iterator().next().agendaGroup())
                    .append("` phase.\n\n");
            Map<String, Class<?>> fields = FactFields.fields(c);
            b.append("| field | type |\n|---|---|\n");
            for (Map.Entry<String, Class<?>> f : fields.entrySet()) {
                b.append("| `").append(f.getKey()).append("` | ").append(typeName(f.getValue())).append(" |\n");
            }
            List<String> helpers = helpers(c, m -> m.getParameterCount() > 0 && !m.getName().startsWith("set")
                    && m.getReturnType() != void.class && m.getReturnType() != c);
            if (!helpers.isEmpty()) {
                b.append("\nHelpers: ").append(String.join(", ", helpers)).append('\n');
            }
            b.append('\n');
        }
    }

    private static void outcome(StringBuilder b) {
        b.append("## outcome (the global)\n\nEvery judgment is recorded through `outcome`, which notes the rule that made it.\n")
                .append("Pass `drools` (the rule's context) first.\n\n");
        helpers(Outcome.class, m -> m.getParameterCount() > 0 && m.getParameterTypes()[0] == org.drools.model.Drools.class)
                .forEach(h -> b.append("- ").append(h).append('\n'));
        b.append("\n`outcome.finding(drools, code)` and `outcome.recommend(drools, code)` take severity, priority and\n")
                .append("texts from the catalogue (`rules/catalogue/`); the forms with a severity or priority accept inline\n")
                .append("texts, which replace the catalogue's.\n\n")
                .append("A list of field paths given as evidence reads best through `Paths.inOrder(list)`: each once,\n")
                .append("`benefits[2]` before `benefits[10]`.\n\n");
    }

    private static void fluent(StringBuilder b, Class<?> c, String what, String from) {
        b.append("## ").append(c.getSimpleName()).append("\n\nThe ").append(what).append(" returned by `").append(from)
                .append("` is completed fluently:\n\n");
        helpers(c, m -> m.getReturnType() == c)
                .forEach(h -> b.append("- ").append(h).append('\n'));
        b.append("\nFields rules may match: ").append(FactFields.fields(c).keySet().stream().map(f -> "`" + f + "`")
                .collect(Collectors.joining(", "))).append("\n\n");
    }

    private static void vocabularies(StringBuilder b) {
        b.append("## Closed vocabularies\n\n| name | values |\n|---|---|\n")
                .append("| finding family | ").append(Family.names()).append(" |\n")
                .append("| severity | ").append(Severity.names()).append(" |\n")
                .append("| grade | ").append(Grade.names()).append(" |\n")
                .append("| confidence | ").append(Confidence.names()).append(" |\n\n");
    }

    private static void profileKeys(StringBuilder b) {
        b.append("## Profile keys the engine reads\n\nThe profile phase must set each of these (the engine refuses a profile that\n")
                .append("lacks one); rules may add more. Hidden-cost categories: ")
                .append(ProfileKeys.HIDDEN_COST_CATEGORIES.stream().map(k -> "`" + k + "`").collect(Collectors.joining(", ")))
                .append(".\n\n");
        ProfileKeys.required().forEach(k -> b.append("- `").append(k).append("`\n"));
        b.append('\n');
    }

    private static List<String> helpers(Class<?> c, java.util.function.Predicate<Method> keep) {
        List<String> out = new ArrayList<>();
        Arrays.stream(c.getMethods())
                .filter(m -> m.getDeclaringClass() == c && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic())
                .filter(keep)
                .sorted(Comparator.comparing(Method::getName).thenComparingInt(Method::getParameterCount)
                        .thenComparing(m -> Arrays.toString(m.getParameterTypes())))
                .forEach(m -> out.add("`" + signature(m) + "`"));
        return out;
    }

    private static String signature(Method m) {
        String params = Arrays.stream(m.getParameters()).map(RuleReference::param).collect(Collectors.joining(", "));
        return m.getName() + "(" + params + ")" + (m.getReturnType() == void.class ? "" : " → " + typeName(m.getGenericReturnType()));
    }

    private static String param(Parameter p) {
        Class<?> t = p.getType();
        if (t == org.drools.model.Drools.class) {
            return "drools";
        }
        return typeName(p.getParameterizedType());
    }

    private static String typeName(Type t) {
        if (t instanceof Class<?> c) {
            return c.getSimpleName();
        }
        if (t instanceof ParameterizedType p) {
            return typeName(p.getRawType()) + "<" + Arrays.stream(p.getActualTypeArguments()).map(RuleReference::typeName)
                    .collect(Collectors.joining(", ")) + ">";
        }
        return t.getTypeName().replace("java.lang.", "");
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, RuleReference.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private static String simple(String cls) {
        return cls.substring(cls.lastIndexOf('.') + 1);
    }
}
