package io.roiassay.engine.facts;

/**
 * Which rule made a judgment: its name and the rule-pack file it lives in (relative to the pack root,
 * e.g. {@code hidden-costs/training.drl}).
 */
public record RuleRef(String name, String file) {
}
