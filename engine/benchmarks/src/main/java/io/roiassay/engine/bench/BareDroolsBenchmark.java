package io.roiassay.engine.bench;

import io.roiassay.engine.assess.AssessmentEngine;
import io.roiassay.engine.assess.PluginSet;
import io.roiassay.engine.plugins.PluginDiscovery;
import io.roiassay.engine.plugins.PluginRunner;
import io.roiassay.engine.rules.BareDrools;
import io.roiassay.engine.rules.DroolsCompiler;
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
 * The bare-Drools baseline batch throughput is measured against: the built-in pack's rules over the facts
 * one real assessment gave them, run as plain pooled Drools sessions without the engine (no trace, no
 * parsing, arithmetic or report). {@code run-benchmarks.sh} prints the engine's batch rate as a share of it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 12, time = 5) // C2 needs about 40 s to compile this code base: see package-info
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BareDroolsBenchmark {

    @Param({"acme-retail.yaml"})
    public String example;

    private BareDrools bare;
    private RecordedRun recorded;

    @Setup
    public void setUp() throws Exception {
        var pack = new DroolsCompiler().compile(RuleSources.builtIn());
        bare = new BareDrools(pack);
        recorded = new RecordedRun();
        try (PluginRunner runner = new PluginRunner(Duration.ofSeconds(2))) {
            new AssessmentEngine(RecordedRun.recording(pack, recorded), new PluginSet(PluginDiscovery.discover(null)), runner)
                    .assess(BenchCases.example(example));
        }
    }

    /** One case's facts through the four phases; returns the findings raised (so nothing is optimised away). */
    @Benchmark
    public int bareDroolsCase() {
        return recorded.replayCounting(bare);
    }
}
