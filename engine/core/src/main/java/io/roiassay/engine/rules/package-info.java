/**
 * The rule pack behind our own small interface: {@link io.roiassay.engine.rules.RulePack} compiles the
 * {@code .drl} files (built-in plus an optional overlay) and hands out {@link io.roiassay.engine.rules.RuleRun}s.
 * Only this package knows Drools; the rest of the engine never sees a {@code KieSession}.
 */
package io.roiassay.engine.rules;
