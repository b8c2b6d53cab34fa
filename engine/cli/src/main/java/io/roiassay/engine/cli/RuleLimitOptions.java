package io.roiassay.engine.cli;

import io.roiassay.engine.rules.RuleLimits;
import picocli.CommandLine.Option;

import java.time.Duration;

/** The options that bound what the rules may do per case: firings and time. */
public final class RuleLimitOptions {

    @Option(names = "--max-rule-firings", paramLabel = "N", defaultValue = "" + RuleLimits.DEFAULT_MAX_FIRINGS,
            description = "Most rule firings per case; a case that needs more fails as a rule-pack error (assess: exit 3; batch: an"
                    + " error record; serve: problem rule-pack-failed) (default: ${DEFAULT-VALUE}).")
    int maxFirings;

    @Option(names = "--rule-time-limit", paramLabel = "MS", defaultValue = "" + RuleLimits.DEFAULT_TIME_LIMIT_MS,
            description = "Most time the rules may take per case, in ms; a slower case fails like one over --max-rule-firings"
                    + " (default: ${DEFAULT-VALUE}).")
    long timeLimitMs;

    /** The limits, or a usage error for values out of range. */
    RuleLimits limits() throws UsageException {
        if (maxFirings < 1 || maxFirings > 100_000_000) {
            throw new UsageException("--max-rule-firings must be between 1 and 100000000, not " + maxFirings);
        }
        if (timeLimitMs < 1 || timeLimitMs > 86_400_000) {
            throw new UsageException("--rule-time-limit must be between 1 and 86400000 ms, not " + timeLimitMs);
        }
        return new RuleLimits(maxFirings, Duration.ofMillis(timeLimitMs));
    }

    /** The defaults, as picocli sets them when neither option is given. */
    static RuleLimitOptions defaults() {
        RuleLimitOptions o = new RuleLimitOptions();
        o.maxFirings = RuleLimits.DEFAULT_MAX_FIRINGS;
        o.timeLimitMs = RuleLimits.DEFAULT_TIME_LIMIT_MS;
        return o;
    }

    boolean isDefault() {
        return maxFirings == RuleLimits.DEFAULT_MAX_FIRINGS && timeLimitMs == RuleLimits.DEFAULT_TIME_LIMIT_MS;
    }
}
