package io.roiassay.engine.rules;

/**
 * The phases of an assessment, each an agenda group in the rule pack. Rules name theirs with
 * {@code agenda-group "findings"} and so on; the engine fires them in this order, doing the arithmetic
 * between phases.
 */
public enum Phase {
    /** Classify industry, segment and deployment, and set the profile's assumptions. */
    PROFILE("profile"),
    /** Flag hidden costs, calculation mistakes, input-quality and classification notes. */
    FINDINGS("findings"),
    /** Decide grade, confidence and headline from the adjusted figures. */
    VERDICT("verdict"),
    /** Recommend what to do, naming the findings behind each recommendation. */
    RECOMMENDATIONS("recommendations");

    private final String agendaGroup;

    Phase(String agendaGroup) {
        this.agendaGroup = agendaGroup;
    }

    /** The agenda-group name rules use. */
    public String agendaGroup() {
        return agendaGroup;
    }
}
