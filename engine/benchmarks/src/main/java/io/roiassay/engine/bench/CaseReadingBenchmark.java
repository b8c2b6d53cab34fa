package io.roiassay.engine.bench;

import io.roiassay.engine.caseio.CaseReader;
import io.roiassay.engine.model.Case;
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

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Reading one valid case, warm: parse, validate, semantic checks, bind. {@code yaml} reads the example file as
 * written, {@code json} its canonical JSON line as a batch does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 12, time = 5) // C2 needs about 40 s to compile this code base: see package-info
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CaseReadingBenchmark {

    @Param({"acme-retail.yaml"})
    public String example;

    @Param({"yaml", "json"})
    public String form;

    private final CaseReader reader = new CaseReader();
    private String text;

    @Setup
    public void setUp() throws IOException {
        if (form.equals("json")) {
            text = BenchCases.exampleJson(example);
            return;
        }
        try (InputStream in = CaseReadingBenchmark.class.getClassLoader().getResourceAsStream("examples/" + example)) {
            if (in == null) {
                throw new IllegalStateException("no example " + example + " on the class path");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Benchmark
    public Case read() throws Exception {
        return reader.read(text, example, form.equals("json"));
    }
}
