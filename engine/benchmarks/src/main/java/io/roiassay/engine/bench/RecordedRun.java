package io.roiassay.engine.bench;

import io.roiassay.engine.facts.Outcome;
import io.roiassay.engine.facts.Profile;
import io.roiassay.engine.rules.Phase;
import io.roiassay.engine.rules.RulePack;
import io.roiassay.engine.rules.RuleRun;
import io.roiassay.engine.rules.TraceEntry;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts and phases one real assessment gave the rule pack, recorded so the rules can be benchmarked
 * alone: replaying inserts the same facts (a fresh {@link Profile}, since rules fill it) and fires the same
 * phases, with none of the engine's parsing, arithmetic or report writing around them.
 */
public final class RecordedRun {

    private sealed interface Step permits Insert, Update, Fire {
    }

    private record Insert(Object fact) implements Step {
    }

    private record Update(Object fact) implements Step {
    }

    private record Fire(Phase phase) implements Step {
    }

    private final List<Step> steps = new ArrayList<>();

    /** A rule pack that records the steps of the runs made from it into {@code into}. */
    public static RulePack recording(RulePack pack, RecordedRun into) {
        return new RulePack() {
            @Override
            public RuleRun newRun() {
                RuleRun run = pack.newRun();
                return new RuleRun() {
                    @Override public void insert(Object fact) { into.steps.add(new Insert(fact)); run.insert(fact); }
                    @Override public void update(Object fact) { into.steps.add(new Update(fact)); run.update(fact); }
                    @Override public void fire(Phase phase) { into.steps.add(new Fire(phase)); run.fire(phase); }
                    @Override public Outcome outcome() { return run.outcome(); }
                    @Override public List<TraceEntry> trace() { return run.trace(); }
                    @Override public void close() { run.close(); }
                };
            }

            @Override
            public String contentHash() {
                return pack.contentHash();
            }

            @Override
            public List<io.roiassay.engine.rules.RuleFile> files() {
                return pack.files();
            }
        };
    }

    /** Replays the recorded steps on a new run of {@code pack}; returns the number of rule firings. */
    public int replay(RulePack pack) {
        Map<Object, Object> fresh = new IdentityHashMap<>();
        try (RuleRun run = pack.newRun()) {
            replaySteps(run, fresh);
            return run.trace().size();
        }
    }

    /** Replays the recorded steps on a new run of {@code pack}; returns the number of findings raised. */
    public int replayCounting(RulePack pack) {
        Map<Object, Object> fresh = new IdentityHashMap<>();
        try (RuleRun run = pack.newRun()) {
            replaySteps(run, fresh);
            return run.outcome().findings().size();
        }
    }

    private void replaySteps(RuleRun run, Map<Object, Object> fresh) {
        for (Step s : steps) {
            if (s instanceof Insert i) {
                Object fact = i.fact() instanceof Profile ? fresh.computeIfAbsent(i.fact(), k -> new Profile()) : i.fact();
                run.insert(fact);
            } else if (s instanceof Update u) {
                run.update(fresh.getOrDefault(u.fact(), u.fact()));
            } else if (s instanceof Fire f) {
                run.fire(f.phase());
            }
        }
    }

    /** Whether anything was recorded. */
    public boolean isEmpty() {
        return steps.isEmpty();
    }
}
