package io.roiassay.engine.rules;

import java.util.List;

/**
 * A compiled rule pack: immutable and thread-safe, so one per process serves every case and thread.
 */
public interface RulePack {

    /** Starts a run for one case. */
    RuleRun newRun();

    /** {@code sha256:} over the pack's files (sorted paths and contents): changes when any rule changes. */
    String contentHash();

    /** The files the pack was built from, sorted by path. */
    List<RuleFile> files();

    /** The same pack with these firing and time limits per run (this pack when they are its own). */
    default RulePack withLimits(RuleLimits limits) {
        return this;
    }
}
