package io.roiassay.engine.cli;

import io.roiassay.engine.assess.AssessOptions;

/** Checks {@code --draws} and {@code --seed} and turns them into {@link AssessOptions}. */
final class DrawOptions {

    private DrawOptions() {
    }

    /**
     * @param draws        the {@code --draws} value, or null for {@code defaultDraws}
     * @param seed         the {@code --seed} value, or null for the default seed
     * @param defaultDraws the command's default
     */
    static AssessOptions of(Integer draws, Long seed, int defaultDraws) throws UsageException {
        int n = draws == null ? defaultDraws : draws;
        if (n < 0 || n > AssessOptions.MAX_DRAWS) {
            throw new UsageException("--draws must be between 0 (no Monte Carlo) and " + AssessOptions.MAX_DRAWS
                    + ", not " + n);
        }
        return new AssessOptions(n, seed == null ? AssessOptions.DEFAULT_SEED : seed);
    }
}
