package io.roiassay.engine.rules;

import java.time.Duration;

/**
 * How much the rules may do for one case: at most {@code maxFirings} rule firings and {@code timeLimit} of
 * time across all phases. A pack that loops or keeps re-firing is stopped with the rule named (exit 3).
 *
 * @param maxFirings most rule firings per case (default {@value #DEFAULT_MAX_FIRINGS}; the built-in pack
 *                   fires about a hundred)
 * @param timeLimit  most time the rules may take per case (default {@value #DEFAULT_TIME_LIMIT_MS} ms)
 */
public record RuleLimits(int maxFirings, Duration timeLimit) {

    /** Default for {@code --max-rule-firings}. */
    public static final int DEFAULT_MAX_FIRINGS = 10_000;
    /** Default for {@code --rule-time-limit}, in milliseconds. */
    public static final long DEFAULT_TIME_LIMIT_MS = 20_000;
    /** The defaults. */
    public static final RuleLimits DEFAULT = new RuleLimits(DEFAULT_MAX_FIRINGS, Duration.ofMillis(DEFAULT_TIME_LIMIT_MS));

    public RuleLimits {
        if (maxFirings < 1) {
            throw new IllegalArgumentException("the rule firing limit must be at least 1, not " + maxFirings);
        }
        if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("the rule time limit must be positive, not " + timeLimit);
        }
    }

    // Written out: a record's generated equals and hashCode are bootstrapped through invokedynamic on first use,
    // about 8 ms of a cold start's longest chain (the engine's load compares its limits with the pack's).
    @Override
    public boolean equals(Object o) {
        return o instanceof RuleLimits r && r.maxFirings == maxFirings && r.timeLimit.equals(timeLimit);
    }

    @Override
    public int hashCode() {
        return 31 * maxFirings + timeLimit.hashCode();
    }
}
