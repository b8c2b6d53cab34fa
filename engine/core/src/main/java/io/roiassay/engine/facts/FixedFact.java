package io.roiassay.engine.facts;

/**
 * A fact that never changes once the engine has inserted it: the rule trace describes it once per case instead of
 * at every rule that matches it. Facts that rules modify (the profile, findings, the verdict) are not fixed.
 */
public interface FixedFact {
}
