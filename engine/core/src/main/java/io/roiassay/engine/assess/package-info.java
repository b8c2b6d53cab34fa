/**
 * One assessment from case to report: runs the plugins, builds the facts, fires the rule-pack phases and
 * does the arithmetic between them (hidden-cost estimates, entered and adjusted financials).
 * {@link io.roiassay.engine.assess.AssessmentEngine} is the entry point, also for embedding.
 */
package io.roiassay.engine.assess;
