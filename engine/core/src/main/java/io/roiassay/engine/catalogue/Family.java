package io.roiassay.engine.catalogue;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The kind of a finding: the part of its code before the slash. The wire names are those of the case format specification. */
public enum Family {
    HIDDEN_COST("hidden-cost"),
    MISTAKE("mistake"),
    DATA("data"),
    PROFILE("profile"),
    PLUGIN("plugin");

    private final String wire;

    Family(String wire) {
        this.wire = wire;
    }

    /** The name in case files, reports and rules, e.g. {@code hidden-cost}. */
    public String wire() {
        return wire;
    }

    /** The constant with this wire name, or null when there is none. */
    public static Family of(String wire) {
        for (Family v : values()) {
            if (v.wire.equals(wire)) {
                return v;
            }
        }
        return null;
    }

    /** The wire names, quoted and joined, for messages. */
    public static String names() {
        return Arrays.stream(values()).map(v -> '"' + v.wire + '"').collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return wire;
    }
}
