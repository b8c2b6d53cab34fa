package io.roiassay.engine.bench;

import io.roiassay.engine.rules.DroolsCompiler;
import io.roiassay.engine.rules.KjarCache;
import io.roiassay.engine.rules.RuleFile;
import io.roiassay.engine.rules.RulePack;
import io.roiassay.engine.rules.RuleSources;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Compiling the built-in rule pack: from DRL to an executable-model kjar (what a changed overlay costs
 * once), and loading that kjar from the cache (what every later start costs).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class RulePackCompileBenchmark {

    private List<RuleFile> files;
    private DroolsCompiler cached;
    private Path dir;

    @Setup
    public void setUp() throws Exception {
        files = RuleSources.builtIn();
        dir = Files.createTempDirectory("pack-cache");
        cached = new DroolsCompiler(new KjarCache(dir));
        cached.compile(files);
    }

    /** Removes the cache folder (each run, the CI's smoke run included, used to leave one in /tmp). */
    @TearDown
    public void tearDown() throws Exception {
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Benchmark
    public byte[] compileFromDrl() throws Exception {
        return new DroolsCompiler(new KjarCache(null)).build(files);
    }

    @Benchmark
    public RulePack loadCachedKjar() throws Exception {
        return cached.compile(files);
    }
}
