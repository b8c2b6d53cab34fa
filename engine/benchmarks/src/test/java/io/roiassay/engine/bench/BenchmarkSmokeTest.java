package io.roiassay.engine.bench;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.util.Collection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every benchmark once with tiny counts, in this JVM, so the benchmarks keep working. It checks that
 * each produced a result, never how fast: speed is measured by run-benchmarks.sh, not asserted.
 */
class BenchmarkSmokeTest {

    @ParameterizedTest
    @ValueSource(strings = {"AssessEndToEndBenchmark", "RulesAloneBenchmark", "ReportWritingBenchmark",
            "LineScalingBenchmark", "RulePackCompileBenchmark", "BareDroolsBenchmark", "CaseReadingBenchmark"})
    void benchmark_smokeRun_producesAResult(String name) throws Exception {
        Options options = new OptionsBuilder()
                .include(BenchmarkSmokeTest.class.getPackageName() + "." + name + ".")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(100))
                .param("example", "acme-retail.yaml")
                .param("lines", "10")
                .shouldFailOnError(true)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        assertThat(results).isNotEmpty();
        results.forEach(r -> assertThat(r.getPrimaryResult().getSampleCount()).isPositive());
    }
}
