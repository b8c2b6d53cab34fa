package io.roiassay.engine.rules;

/**
 * The phases of an assessment, each an agenda group in the rule pack. Rules name theirs with
 * {@code agenda-group "findings"} and so on; the engine fires them in this order, doing the arithmetic
 * between phases.
 */
public enum Phase {
    /**
     * Classify industry, size segment and deployment from the case (and set what the classification rests
     * on, such as the SME thresholds). Runs for every case.
     */
    CLASSIFY("classify", "CaseFact", "Profile"),
    /**
     * Set the profile's assumptions from the classification. Its result depends only on the classified
     * profile and the case fields these rules name, so the engine resolves each distinct profile once per
     * pack and reuses it (rules that read the size figures belong in {@code classify}).
     */
    PROFILE("profile"),
    /**
     * Flag hidden costs, calculation mistakes, input-quality and classification notes, and ask for the
     * corrections and adjustments the engine then applies.
     */
    FINDINGS("findings", "CaseTotals", "CostFact", "BenefitFact", "KpiFact", "ClaimFact", "PluginIssue", "SeatFact"),
    /** Decide grade, confidence and headline from the adjusted figures and how sure they are (SpreadFact only when drawn). */
    VERDICT("verdict", "Figures", "EvidenceMix", "BreakEvenFact", "GradeBoundaryFact", "SpreadFact", "CaseRangeFact"),
    /** Recommend what to do, naming the findings behind each recommendation. */
    RECOMMENDATIONS("recommendations");

    /** Facts rules insert themselves (through {@code outcome}); they may appear in any phase. */
    public static final java.util.List<String> RULE_FACTS = java.util.List.of("Finding", "Verdict", "Recommendation",
            "AdjustmentRequest");

    private final String agendaGroup;
    private final java.util.List<String> adds;

    Phase(String agendaGroup, String... adds) {
        this.agendaGroup = agendaGroup;
        this.adds = java.util.List.of(adds);
    }

    /**
     * The simple names of the fact classes (in {@code io.roiassay.engine.facts}) the engine inserts just
     * before this phase fires; they stay present in every later phase. The one declaration the engine, the
     * rule lint and the test harnesses follow.
     */
    public java.util.List<String> adds() {
        return adds;
    }

    /** The agenda-group name rules use. */
    public String agendaGroup() {
        return agendaGroup;
    }
}
