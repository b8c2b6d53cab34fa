package io.roiassay.engine.rules;

import io.roiassay.engine.catalogue.Catalogue;
import io.roiassay.engine.facts.FixedFact;
import io.roiassay.engine.facts.Outcome;
import io.roiassay.engine.facts.Profile;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.runtime.rule.Match;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiFunction;

/** One case's Drools session, its outcome and its trace. */
final class DroolsRuleRun implements RuleRun {

    private final KieSession session;
    private final Outcome outcome;
    private final List<TraceEntry> trace = new ArrayList<>();
    private final BiFunction<String, String, String> fileOfRule;
    private final BiFunction<String, String, RuleIndex.Source> sourceOfRule;
    private final RuleLimits limits;
    private final long deadline;
    private volatile Rule firing;
    /** Firings per rule in this run, to name the one that keeps firing when a limit is hit. */
    private final java.util.Map<Rule, int[]> firings = new java.util.HashMap<>();
    /** How each {@link FixedFact} of this run reads in the trace, made once per fact. */
    private final java.util.Map<Object, String> fixedTexts = new java.util.IdentityHashMap<>();
    private final DefaultAgendaEventListener listener = new DefaultAgendaEventListener() {
        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            firing = event.getMatch().getRule();
            tellProfile(event.getMatch(), true);
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            firing = null; // between consequences the engine evaluates conditions: no rule is firing then
            tellProfile(event.getMatch(), false);
            record(event.getMatch());
        }
    };

    DroolsRuleRun(KieSession session, BiFunction<String, String, RuleIndex.Source> sourceOfRule, RuleLimits limits,
                  Catalogue catalogue) {
        this.session = session;
        this.sourceOfRule = sourceOfRule;
        this.fileOfRule = (pkg, name) -> sourceOfRule.apply(pkg, name).file();
        this.limits = limits;
        this.deadline = System.nanoTime() + limits.timeLimit().toNanos();
        this.outcome = new Outcome(fileOfRule, catalogue);
        session.setGlobal("outcome", outcome);
        session.addEventListener(listener);
    }

    /**
     * Tells a profile in the match which rule (file, table row) is about to set its assumptions, and clears
     * that when the rule has fired: each assumption then records the rule that set it.
     */
    private void tellProfile(Match match, boolean firing) {
        for (Object o : match.getObjects()) {
            if (o instanceof Profile p) {
                if (firing) {
                    var rule = match.getRule();
                    RuleIndex.Source source = sourceOfRule.apply(rule.getPackageName(), rule.getName());
                    p.firing(rule.getName(), source.file(), source.row());
                } else {
                    p.firing(null, null, 0);
                }
            }
        }
    }

    private void record(Match match) {
        var rule = match.getRule();
        firings.computeIfAbsent(rule, r -> new int[1])[0]++;
        List<String> facts = new ArrayList<>();
        for (Object o : match.getObjects()) {
            String text = o instanceof FixedFact ? fixedTexts.computeIfAbsent(o, DroolsRuleRun::describe) : describe(o);
            if (text != null) {
                facts.add(text);
            }
        }
        trace.add(new TraceEntry(rule.getName(), fileOfRule.apply(rule.getPackageName(), rule.getName()), facts));
    }

    /**
     * A fact as the trace shows it; null for Drools' own initial fact. Objects without a toString of their
     * own would print a memory address, which differs between runs: they show as their class name instead.
     */
    static String describe(Object o) {
        if (o == null) {
            return "null";
        }
        if (o.getClass().getName().startsWith("org.drools.") && o.getClass().getSimpleName().startsWith("InitialFact")) {
            return null;
        }
        return OWN_TO_STRING.get(o.getClass()) ? String.valueOf(o) : o.getClass().getSimpleName();
    }

    /** Whether a class has a toString of its own (else it would print a memory address). */
    private static final ClassValue<Boolean> OWN_TO_STRING = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            try {
                return type.getMethod("toString").getDeclaringClass() != Object.class;
            } catch (NoSuchMethodException e) {
                return false;
            }
        }
    };

    @Override
    public void insert(Object fact) {
        session.insert(fact);
    }

    @Override
    public void update(Object fact) {
        FactHandle handle = session.getFactHandle(fact);
        if (handle == null) {
            throw new IllegalArgumentException("not a fact of this run: " + fact);
        }
        session.update(handle, fact);
    }

    @Override
    public void fire(Phase phase) {
        session.getAgenda().getAgendaGroup(phase.agendaGroup()).setFocus();
        long remainingMs = (deadline - System.nanoTime()) / 1_000_000;
        if (remainingMs <= 0) {
            throw tooSlow();
        }
        RuleWatchdog.Watch watch = RuleWatchdog.watch(remainingMs, session::halt,
                () -> (firing != null ? "rule " + describe(firing) : "a rule's condition") + " did not finish within " + limits.timeLimit().toMillis()
                        + " ms (--rule-time-limit): it never returns; the assessment is void (exit 3)");
        try {
            session.fireAllRules(limits.maxFirings() - trace.size());
        } catch (RuntimeException e) {
            throw RuleExecutionException.from(e, trace, rule -> describe(rule));
        } catch (OutOfMemoryError | StackOverflowError e) {
            Rule during = firing;
            throw RuleExecutionException.exhausted(during != null ? "rule " + describe(during)
                    : "a rule's condition (the engine cannot tell which; the last rule to fire was "
                    + (trace.isEmpty() ? "none" : "'" + trace.get(trace.size() - 1).rule() + "'") + ")", e);
        } finally {
            watch.cancel();
        }
        if (watch.halted()) {
            throw tooSlow();
        }
        if (trace.size() >= limits.maxFirings()) {
            throw new RuleExecutionException("the rules fired " + trace.size() + " times for one case (limit "
                    + limits.maxFirings() + ", --max-rule-firings); most firings: " + mostFired()
                    + " (a rule among them makes itself fire again, e.g. by updating a fact its own condition"
                    + " matches, or the rules fire once per line of a case far larger than the limit allows)");
        }
    }

    private RuleExecutionException tooSlow() {
        return new RuleExecutionException("the rules took longer than " + limits.timeLimit().toMillis()
                + " ms for one case (--rule-time-limit); most firings: " + mostFired());
    }

    /** The (up to three) rules that fired most in this run, with their files and counts: the loop is among them. */
    private String mostFired() {
        List<java.util.Map.Entry<Rule, int[]>> top = new ArrayList<>(firings.entrySet());
        top.sort((x, y) -> Integer.compare(y.getValue()[0], x.getValue()[0]));
        if (top.isEmpty()) {
            return "(no rule fired)";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(3, top.size()); i++) {
            out.append(i == 0 ? "" : ", ").append(describe(top.get(i).getKey())).append(' ')
                    .append(top.get(i).getValue()[0] == 1 ? "once" : top.get(i).getValue()[0] + " times");
        }
        return out.toString();
    }

    private String describe(Rule rule) {
        if (rule == null) {
            return "(none)";
        }
        RuleIndex.Source source = sourceOfRule.apply(rule.getPackageName(), rule.getName());
        return "'" + rule.getName() + "' (" + source.where() + ")";
    }

    @Override
    public Outcome outcome() {
        return outcome;
    }

    @Override
    public List<TraceEntry> trace() {
        return Collections.unmodifiableList(trace);
    }

    /** Returns the session to its pool (Drools resets it); this run's listener goes, so none piles up. */
    @Override
    public void close() {
        session.removeEventListener(listener);
        session.dispose();
    }
}
