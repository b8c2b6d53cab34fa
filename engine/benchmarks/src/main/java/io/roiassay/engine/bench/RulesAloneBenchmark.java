package io.roiassay.engine.bench;

import io.roiassay.engine.assess.AssessmentEngine;
import io.roiassay.engine.assess.PluginSet;
import io.roiassay.engine.plugins.PluginDiscovery;
import io.roiassay.engine.plugins.PluginRunner;
import io.roiassay.engine.rules.DroolsCompiler;
import io.roiassay.engine.rules.RulePack;
import io.roiassay.engine.rules.RuleSources;
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

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The rule pack alone on prepared facts: a new session, the recorded facts of one example inserted, the four
 * phases fired, the trace kept. The ceiling for end-to-end throughput; compare with AssessEndToEndBenchmark.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 12, time = 5) // C2 needs about 40 s to compile this code base: see package-info
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RulesAloneBenchmark {

    @Param({"acme-retail.yaml", "seed-004-first-year-tco.yaml", "vendor-claim-audit.yaml"})
    public String example;

    private RulePack pack;
    private RecordedRun recorded;

    @Setup
    public void setUp() throws Exception {
        pack = new DroolsCompiler().compile(RuleSources.builtIn());
        recorded = new RecordedRun();
        try (PluginRunner runner = new PluginRunner(Duration.ofSeconds(2))) {
            new AssessmentEngine(RecordedRun.recording(pack, recorded), new PluginSet(PluginDiscovery.discover(null)), runner)
                    .assess(BenchCases.example(example));
        }
    }

    @Benchmark
    public int fireRecordedFacts() {
        return recorded.replay(pack);
    }
}
