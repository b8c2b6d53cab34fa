/**
 * JMH benchmarks for the engine. Run them all with {@code java -jar engine/benchmarks/target/benchmarks.jar},
 * or through {@code engine/benchmarks/run-benchmarks.sh}, which also times cold starts and batches and prints
 * the table kept in docs/performance.md. Tests run each benchmark once in a smoke mode; no test asserts a time.
 */
package io.roiassay.engine.bench;
