package io.roiassay.engine.bench;

import io.roiassay.engine.RoiAssay;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * One assessment end to end, as a batch line: parse a JSON line, validate, bind, plugins, rules with trace,
 * report as one JSON line. Run with {@code -t 2} for two threads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 12, time = 5) // C2 needs about 40 s to compile this code base: see package-info
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AssessEndToEndBenchmark {

    @Param({"acme-retail.yaml", "seed-004-first-year-tco.yaml", "vendor-claim-audit.yaml"})
    public String example;

    private RoiAssay engine;
    private String line;

    @Setup
    public void setUp() {
        engine = BenchCases.engine();
        line = BenchCases.exampleJson(example);
    }

    @Benchmark
    public String jsonLineToReportLine() throws Exception {
        return engine.assessJson(line);
    }
}
