/**
 * JMH benchmarks for the engine. Run them all with {@code java -jar engine/benchmarks/target/benchmarks.jar},
 * or through {@code engine/benchmarks/run-benchmarks.sh}, which also times cold starts and batches and prints
 * the table kept in docs/performance.md. Tests run each benchmark once in a smoke mode; no test asserts a time.
 *
 * <p>Warm-up is a minute (12 iterations of 5 s): the optimising compiler needs about 40 s of load to compile this
 * code base, and a benchmark measured before that reads a fraction of its steady rate, with an error as large as
 * the score ({@code AssessEndToEndBenchmark} climbed from 44 to about 1,200 cases/s over its first 40 s; with the
 * former 6 s of warm-up it reported 532 ± 1,064).
 */
package io.roiassay.engine.bench;
