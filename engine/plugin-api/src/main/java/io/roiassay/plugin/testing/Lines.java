package io.roiassay.plugin.testing;

import io.roiassay.plugin.Benefit;

import java.util.List;

/** Picks benefit lines out of a plugin's result in unit tests. */
public final class Lines {

    private Lines() {
    }

    /** The line with this id; fails the test, listing what was there, when there is none. */
    public static Benefit line(List<Benefit> lines, String id) {
        return lines.stream().filter(b -> b.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + id + " in " + lines));
    }

    /** The ids of the lines, in order. */
    public static List<String> ids(List<Benefit> lines) {
        return lines.stream().map(Benefit::id).toList();
    }
}
