package io.roiassay.engine.bench;

import io.roiassay.engine.RoiAssay;
import io.roiassay.engine.assess.AssessOptions;
import io.roiassay.engine.model.Case;
import io.roiassay.engine.report.Report;
import io.roiassay.engine.sensitivity.BreakEven;
import io.roiassay.engine.sensitivity.Driver;
import io.roiassay.engine.sensitivity.DriverRange;
import io.roiassay.engine.sensitivity.GradeBands;
import io.roiassay.engine.sensitivity.MonteCarlo;
import io.roiassay.engine.sensitivity.SensitivityPlan;
import io.roiassay.engine.sensitivity.Tornado;
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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The cost of the Monte Carlo: {@code draws10k} is 10,000 draws over all seven drivers on a compiled plan shaped
 * like the examples (every driver group filled, a 5-year horizon: the worst case for the plan's size), single
 * thread; {@code assess} is one assessment of an example with {@code draws} draws — the difference between
 * {@code draws=10000} and {@code draws=0} is what the default draws add to {@code assess}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 12, time = 5) // C2 needs about 40 s to compile this code base: see package-info
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MonteCarloBenchmark {

    @Param({"0", "10000"})
    public int draws;

    @Param({"acme-retail.yaml"})
    public String example;

    private RoiAssay engine;
    private Case theCase;
    private SensitivityPlan plan;
    private List<DriverRange> ranges;
    private GradeBands bands;

    @Setup
    public void setUp() {
        engine = BenchCases.engine();
        theCase = BenchCases.example(example);
        SensitivityPlan.Builder b = SensitivityPlan.builder(6);
        int g = 0;
        for (boolean attributed : new boolean[] {false, true}) {
            for (SensitivityPlan.Margin m : SensitivityPlan.Margin.values()) {
                for (boolean adopted : new boolean[] {false, true}) {
                    double v = 10_000 + 1_000 * g++;
                    b.benefit(new double[] {0, v * 0.5, v * 0.85, v, v, v}, attributed, m, adopted);
                }
            }
        }
        // costs after risk: the entered at 1.05, the estimates at 1.10
        plan = b.enteredCosts(new double[] {157_500, 42_000, 42_000, 42_000, 42_000, 42_000})
                .hiddenCosts(new double[] {33_000, 5_500, 5_500, 5_500, 5_500, 5_500})
                .base(Driver.CRM_SHARE, 0.6).base(Driver.GROSS_MARGIN_RATE, 0.32).base(Driver.ADOPTION_RATE, 0.63)
                .base(Driver.DISCOUNT_RATE, 0.10).build();
        ranges = new ArrayList<>();
        for (Driver d : Driver.values()) {
            double base = plan.base(d);
            ranges.add(new DriverRange(d, BigDecimal.valueOf(base * 0.8), BigDecimal.valueOf(base),
                    BigDecimal.valueOf(Math.min(d.max(), base * 1.2))));
        }
        bands = new GradeBands(List.of(new GradeBands.Band("strong", 100), new GradeBands.Band("positive", 20),
                new GradeBands.Band("marginal", 0)), "negative");
    }

    @Benchmark
    public MonteCarlo.Result draws10k() {
        return MonteCarlo.run(plan, ranges, bands, 10_000, 1);
    }

    /** What every case now pays even without draws: break-even values and the tornado over seven ranges. */
    @Benchmark
    public Object breakEvenAndTornado() {
        return List.of(BreakEven.solve(plan), Tornado.of(plan, ranges, bands));
    }

    @Benchmark
    public Report assess() {
        return engine.engine().assess(theCase, null, new AssessOptions(draws, 1));
    }
}
