package io.roiassay.engine.bench;

import io.roiassay.engine.report.HtmlReportWriter;
import io.roiassay.engine.report.JsonReportWriter;
import io.roiassay.engine.report.MarkdownReportWriter;
import io.roiassay.engine.report.Report;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/** Writing one report (the acme-retail example) as compact JSON, indented JSON, Markdown and HTML. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 12, time = 5) // C2 needs about 40 s to compile this code base: see package-info
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ReportWritingBenchmark {

    private Report report;

    @Setup
    public void setUp() {
        report = BenchCases.engine().assess(BenchCases.example("acme-retail.yaml"));
    }

    @Benchmark
    public String jsonCompact() {
        return JsonReportWriter.compact(report);
    }

    @Benchmark
    public String jsonPretty() {
        return JsonReportWriter.pretty(report);
    }

    @Benchmark
    public String markdown() {
        return MarkdownReportWriter.render(report);
    }

    @Benchmark
    public String html() {
        return HtmlReportWriter.render(report);
    }
}
