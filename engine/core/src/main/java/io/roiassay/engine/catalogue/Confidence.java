package io.roiassay.engine.catalogue;


/** How sure the verdict is. The wire names are those of the case format specification. */
public enum Confidence implements WireName {
    HIGH("high"),
    MEDIUM("medium"),
    LOW("low");

    private final String wire;

    Confidence(String wire) {
        this.wire = wire;
    }

    /** The name in case files, reports and rules, e.g. {@code high}. */
    @Override
    public String wire() {
        return wire;
    }

    /** The constant with this wire name, or null when there is none. */
    public static Confidence of(String wire) {
        return WireName.of(Confidence.class, wire);
    }

    /** The wire names, quoted and joined, for messages. */
    public static String names() {
        return WireName.names(Confidence.class);
    }

    @Override
    public String toString() {
        return wire;
    }
}
