package io.roiassay.engine.assess;

import io.roiassay.engine.concurrent.BackgroundLoad;
import io.roiassay.engine.facts.CaseFact;
import io.roiassay.engine.facts.Profile;
import io.roiassay.engine.rules.RuleFile;
import io.roiassay.engine.rules.TraceEntry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Profiles already resolved by this rule pack, so a batch runs the profile phase once per distinct
 * classified profile (the state the classify phase left, see {@link io.roiassay.engine.rules.Phase#CLASSIFY})
 * and case fields the profile rules read ({@link ProfileInputs}) instead of once per case. Holds immutable
 * snapshots (the profile before the case's own assumptions, and the trace of the profile rules with the case
 * fact left as a placeholder); bounded (least recently used entries go) and thread-safe.
 */
final class ProfileCache {

    /** A profile phase's result: a profile to copy, and its trace entries to replay. */
    record Resolved(Profile profile, List<TraceEntry> trace) {

        /** Puts the resolved state into a case's own (classified) profile fact. */
        void restoreInto(Profile target) {
            target.restore(profile);
        }

        /** The trace entries as this case's own run would have written them. */
        List<TraceEntry> traceFor(CaseFact c) {
            String text = c.toString();
            List<TraceEntry> out = new ArrayList<>(trace.size());
            for (TraceEntry t : trace) {
                out.add(new TraceEntry(t.rule(), t.file(),
                        t.facts().stream().map(f -> f.equals(CASE_FACT) ? text : f).toList()));
            }
            return out;
        }
    }

    /** Stands for the case fact in a stored trace; no fact prints like this. */
    private static final String CASE_FACT = "\u0000case";

    /**
     * What the profile rules read, found from the rule text on a second thread (a cold start needs it only at its
     * first case's profile phase); empty when it cannot be bounded; null when nothing is cached.
     */
    private final BackgroundLoad<Optional<ProfileInputs>> inputs;
    private final Map<List<Object>, Resolved> entries;

    /** A cache of at most {@code size} profiles for a pack of these files; size 0 caches nothing. */
    ProfileCache(List<RuleFile> files, int size) {
        this.inputs = size > 0
                ? BackgroundLoad.start("roi-assay-profile-inputs", () -> Optional.ofNullable(ProfileInputs.of(files)))
                : null;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<List<Object>, Resolved> eldest) {
                return size() > size;
            }
        };
    }

    /**
     * The key of a case whose profile the classify phase has just classified, or null when this pack's
     * profiles are not cached (taken before the profile phase runs: the state it starts from).
     */
    List<Object> key(CaseFact c, Profile classified) {
        ProfileInputs read = inputs == null ? null : inputs.join().orElse(null);
        return read == null ? null : List.of(classified.state(), read.key(c));
    }

    /** The resolved profile for this key, or null (always null for a null key). */
    Resolved find(List<Object> key) {
        if (key == null) {
            return null;
        }
        synchronized (entries) {
            return entries.get(key);
        }
    }

    /** Keeps a copy of a profile just resolved for this case, with the trace the profile rules wrote. */
    void store(List<Object> key, CaseFact c, Profile resolved, List<TraceEntry> trace) {
        if (key == null) {
            return;
        }
        String text = c.toString();
        List<TraceEntry> template = new ArrayList<>(trace.size());
        for (TraceEntry t : trace) {
            template.add(new TraceEntry(t.rule(), t.file(),
                    t.facts().stream().map(f -> f.equals(text) ? CASE_FACT : f).toList()));
        }
        Resolved r = new Resolved(resolved.copy(), List.copyOf(template));
        synchronized (entries) {
            entries.put(key, r);
        }
    }
}
