package io.roiassay.engine.rules;

import io.roiassay.engine.facts.Outcome;

import java.util.List;

/**
 * One assessment's pass through the rule pack: insert facts, fire phases in order, read the outcome and
 * the trace. Not thread-safe; make one per case and close it.
 */
public interface RuleRun extends AutoCloseable {

    /** Adds a fact. */
    void insert(Object fact);

    /** Tells the rules that a fact they may have matched has changed. */
    void update(Object fact);

    /** Fires every rule of one phase until none is left to fire. */
    void fire(Phase phase);

    /** The findings, verdict and recommendations the rules wrote so far. */
    Outcome outcome();

    /** Every rule that fired so far, in firing order. */
    List<TraceEntry> trace();

    @Override
    void close();
}
