package io.roiassay.engine.catalogue;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The verdict's grade. The wire names are those of the case format specification. */
public enum Grade {
    STRONG("strong"),
    POSITIVE("positive"),
    MARGINAL("marginal"),
    NEGATIVE("negative"),
    UNPROVEN("unproven");

    private final String wire;

    Grade(String wire) {
        this.wire = wire;
    }

    /** The name in case files, reports and rules, e.g. {@code strong}. */
    public String wire() {
        return wire;
    }

    /** The constant with this wire name, or null when there is none. */
    public static Grade of(String wire) {
        for (Grade v : values()) {
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
