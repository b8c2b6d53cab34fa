package io.roiassay.engine.assess;

/**
 * How an assessment is run beyond the case itself: the number of Monte Carlo draws (0 switches them off; break-even
 * values and the tornado are always computed) and the seed of the draws. The same case, rule pack and options
 * give the same report, byte for byte.
 *
 * @param draws number of Monte Carlo draws, 0..{@value #MAX_DRAWS}
 * @param seed  seed of the draws
 */
public record AssessOptions(int draws, long seed) {

    /** {@code assess}'s default number of draws. */
    public static final int DEFAULT_DRAWS = 10_000;
    /** The default seed. */
    public static final long DEFAULT_SEED = 1;
    /** The most draws one case may ask for. */
    public static final int MAX_DRAWS = 10_000_000;
    /** No draws (the default of {@code batch} and of the engine's plain {@code assess(Case)}). */
    public static final AssessOptions NO_DRAWS = new AssessOptions(0, DEFAULT_SEED);
    /** {@code assess}'s defaults: 10,000 draws, seed 1. */
    public static final AssessOptions DEFAULT = new AssessOptions(DEFAULT_DRAWS, DEFAULT_SEED);

    public AssessOptions {
        if (draws < 0 || draws > MAX_DRAWS) {
            throw new IllegalArgumentException("draws must be between 0 (no Monte Carlo) and " + MAX_DRAWS + ", not " + draws);
        }
    }

    /**
     * The options a command or request asks for: {@code draws} (null: {@code defaultDraws}) and {@code seed}
     * (null: {@link #DEFAULT_SEED}); an {@link IllegalArgumentException} naming the bounds when draws is out
     * of range. The one place the command line and the server turn their options into the engine's.
     */
    public static AssessOptions of(Integer draws, Long seed, int defaultDraws) {
        return new AssessOptions(draws == null ? defaultDraws : draws, seed == null ? DEFAULT_SEED : seed);
    }
}
