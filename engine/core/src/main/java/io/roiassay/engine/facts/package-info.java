/**
 * The facts the rule pack reasons over, and the {@link io.roiassay.engine.facts.Outcome} it writes its
 * judgments into. These classes are the rule pack's vocabulary: consultants see their getters in
 * {@code .drl} files, so names are stable and every number is precomputed in Java (no arithmetic in rules).
 */
package io.roiassay.engine.facts;
