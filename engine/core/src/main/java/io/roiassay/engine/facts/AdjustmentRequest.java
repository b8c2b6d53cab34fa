package io.roiassay.engine.facts;

/**
 * A rule's request that the engine apply one adjustment step to one benefit line or to the costs; made with
 * {@link Outcome#adjust}. Steps: {@code gross-margin} (revenue to profit), {@code productivity} (time is not
 * cash), {@code attribution} (the CRM's share of a company-level change), {@code realisation} (the
 * realisation curve r(t) = min(ramp-up(t), adoption); {@link #withRamp} when the line has no ramp of its own,
 * {@link #withoutAdoptionCap} for a company-level line, which adoption does not scale),
 * {@code risk-benefits} (with the {@link #assumption} key of the line's evidence class) and {@code risk-costs}
 * (target a cost line's path {@code costs[i]}, {@code hidden} for the hidden-cost estimates, or {@code costs} for
 * every cost no other request names; with the {@link #assumption} key of its cost class). The rule decides which
 * step applies to which line; Java applies the factor.
 */
public final class AdjustmentRequest {

    private static final java.util.Set<String> STEPS = java.util.Set.of("gross-margin", "productivity", "attribution", "realisation", "risk-benefits", "risk-costs");
    private final String step;
    private final String target;
    private final RuleRef rule;
    private String assumption;
    private boolean ramp;
    private boolean uncapped;
    private String finding;

    public AdjustmentRequest(String step, String target, RuleRef rule) {
        if (!STEPS.contains(step)) {
            throw new IllegalArgumentException("unknown adjustment step '" + step + "' (expected gross-margin, "
                    + "productivity, attribution, realisation, risk-benefits or risk-costs)");
        }
        this.step = step;
        this.target = target;
        this.rule = rule;
    }

    /** Names the profile key the factor comes from (for {@code risk-benefits}: one per evidence class). */
    public AdjustmentRequest assumption(String key) { this.assumption = key; return this; }
    /** For {@code realisation}: apply the ramp-up curve too, not only the adoption cap. */
    public AdjustmentRequest withRamp() { this.ramp = true; return this; }
    /**
     * For {@code realisation}: the ramp-up only, not capped at actual adoption — for a company-level line
     * (a revenue, win-rate or retention figure), which holds whatever use there was.
     */
    public AdjustmentRequest withoutAdoptionCap() { this.uncapped = true; return this; }

    /** Names the finding this adjustment carries out (e.g. {@code mistake/no-ramp-up}). */
    public AdjustmentRequest finding(String code) { this.finding = code; return this; }

    public String getStep() { return step; }
    /** The finding this adjustment carries out, or null. */
    public String getFinding() { return finding; }
    /** A benefit line's key; for {@code risk-costs} a cost line's path, {@code hidden} or {@code costs}. */
    public String getTarget() { return target; }
    public RuleRef getRule() { return rule; }
    /** The profile key the factor comes from, or null for the step's default key. */
    public String getAssumption() { return assumption; }
    public boolean isRamp() { return ramp; }
    /** Whether actual adoption caps the curve (the default for {@code realisation}). */
    public boolean isAdoptionCap() { return !uncapped; }

    @Override
    public String toString() {
        return "AdjustmentRequest(" + step + " " + target + (ramp ? " ramp" : "") + (uncapped ? " uncapped" : "") + ")";
    }
}
