package io.roiassay.engine.catalogue;


/** How serious a finding is. The wire names are those of the case format specification. */
public enum Severity implements WireName {
    INFO("info"),
    WARNING("warning"),
    MAJOR("major");

    private final String wire;

    Severity(String wire) {
        this.wire = wire;
    }

    /** The name in case files, reports and rules, e.g. {@code info}. */
    @Override
    public String wire() {
        return wire;
    }

    /** The constant with this wire name, or null when there is none. */
    public static Severity of(String wire) {
        return WireName.of(Severity.class, wire);
    }

    /** The wire names, quoted and joined, for messages. */
    public static String names() {
        return WireName.names(Severity.class);
    }

    @Override
    public String toString() {
        return wire;
    }
}
