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
        try {
            return AssessOptions.of(draws, seed, defaultDraws);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--" + e.getMessage());
        }
    }
}
