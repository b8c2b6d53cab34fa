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

/** Time per case as the number of cost and benefit lines grows (10, 100, 1000): it should grow linearly. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 12, time = 5) // C2 needs about 40 s to compile this code base: see package-info
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LineScalingBenchmark {

    @Param({"10", "100", "1000"})
    public int lines;

    private RoiAssay engine;
    private String line;

    @Setup
    public void setUp() {
        engine = BenchCases.engine();
        line = BenchCases.withLines(lines);
    }

    @Benchmark
    public String assess() throws Exception {
        return engine.assessJson(line);
    }
}
