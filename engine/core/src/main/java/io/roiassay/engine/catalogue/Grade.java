package io.roiassay.engine.catalogue;


/** The verdict's grade. The wire names are those of the case format specification. */
public enum Grade implements WireName {
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
    @Override
    public String wire() {
        return wire;
    }

    /** The constant with this wire name, or null when there is none. */
    public static Grade of(String wire) {
        return WireName.of(Grade.class, wire);
    }

    /** The wire names, quoted and joined, for messages. */
    public static String names() {
        return WireName.names(Grade.class);
    }

    @Override
    public String toString() {
        return wire;
    }
}
