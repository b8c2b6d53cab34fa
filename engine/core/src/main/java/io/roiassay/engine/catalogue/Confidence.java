package io.roiassay.engine.catalogue;

import java.util.Arrays;
import java.util.stream.Collectors;

/** How sure the verdict is. The wire names are those of the case format specification. */
public enum Confidence {
    HIGH("high"),
    MEDIUM("medium"),
    LOW("low");

    private final String wire;

    Confidence(String wire) {
        this.wire = wire;
    }

    /** The name in case files, reports and rules, e.g. {@code high}. */
    public String wire() {
        return wire;
    }

    /** The constant with this wire name, or null when there is none. */
    public static Confidence of(String wire) {
        for (Confidence v : values()) {
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
