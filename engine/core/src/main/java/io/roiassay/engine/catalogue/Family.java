package io.roiassay.engine.catalogue;


/** The kind of a finding: the part of its code before the slash. The wire names are those of the case format specification. */
public enum Family implements WireName {
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
    @Override
    public String wire() {
        return wire;
    }

    /** The constant with this wire name, or null when there is none. */
    public static Family of(String wire) {
        return WireName.of(Family.class, wire);
    }

    /** The wire names, quoted and joined, for messages. */
    public static String names() {
        return WireName.names(Family.class);
    }

    @Override
    public String toString() {
        return wire;
    }
}
