package io.roiassay.engine.errors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Walks an exception's chain of causes. {@link Throwable#initCause} refuses only an exception as its own cause,
 * so a chain can loop (A caused by B caused by A); every walk here stops at the first exception seen twice.
 */
public final class Causes {

    private Causes() {
    }

    /** The last cause in {@code e}'s chain ({@code e} itself when it has none); in a loop, the last one before it repeats. */
    public static Throwable root(Throwable e) {
        List<Throwable> chain = chain(e);
        return chain.get(chain.size() - 1);
    }

    /** {@code e} and its causes in order, each once. */
    public static List<Throwable> chain(Throwable e) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    /** The first exception of {@code type} in {@code e}'s chain, {@code e} included; null when there is none. */
    public static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t : chain(e)) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
