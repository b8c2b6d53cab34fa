package io.roiassay.engine.plugins;

import io.roiassay.engine.facts.PluginIssue;
import io.roiassay.engine.model.KpiSet;
import io.roiassay.plugin.Benefit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.roiassay.engine.plugins.PluginJarDiscoveryTest.byId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every way a third-party plugin can misbehave on a case becomes a {@link PluginOutput} with an issue of the
 * right kind and a detail naming the reason, while a well-behaved plugin in the same run keeps its lines.
 */
class PluginRunnerFaultTest {

    private static final List<String> MISBEHAVING = List.of("acme-throws", "acme-sleeps", "acme-null",
            "acme-undeclared", "acme-wrong-currency", "acme-absurd", "acme-probe");

    @TempDir
    Path plugins;

    private List<LoadedPlugin> loaded;
    private PluginRunner runner;

    @BeforeEach
    void load() throws Exception {
        PluginJarBuilder.build("acme-loyalty", plugins);
        MISBEHAVING.forEach(name -> PluginJarBuilder.build(name, plugins));
        loaded = PluginDiscovery.discover(plugins);
        runner = new PluginRunner(Duration.ofMillis(200));
    }

    @AfterEach
    void close() {
        runner.close();
    }

    @Test
    void run_wellBehavedPlugin_yieldsItsLineWithInputs() {
        PluginOutput out = run("acme-loyalty", loyaltyKpis());

        assertThat(out.issue()).isNull();
        Benefit line = out.benefits().get(0);
        assertThat(out.benefits()).hasSize(1);
        assertThat(line.id()).isEqualTo("repeat-purchase-profit");
        assertThat(line.currency()).isEqualTo("USD");
        // 5,000 members × (30 − 22) / 100 × 80 per order × 0.30 margin
        assertThat(line.annual()).isEqualByComparingTo("9600");
        assertThat(line.inputs()).containsExactly(
                Map.entry("members.after", new BigDecimal("5000")),
                Map.entry("repeatPurchaseRate.before", new BigDecimal("22")),
                Map.entry("repeatPurchaseRate.after", new BigDecimal("30")),
                Map.entry("averageOrderValue.after", new BigDecimal("80")),
                Map.entry("grossMarginRate", new BigDecimal("0.30")));
    }

    @Test
    void run_pluginThrows_threwWithItsMessage() {
        assertIssue(run("acme-throws", memberKpis()), "threw", "IllegalStateException: loyalty ledger unavailable");
    }

    @Test
    void run_pluginThatIgnoresInterrupts_isNotCalledOnceEightCallsHangOn() throws Exception {
        PluginJarBuilder.build("acme-deaf", plugins);
        loaded = PluginDiscovery.discover(plugins);
        // Each call runs on for 5 s after the 200 ms limit: the ninth is refused without a new thread.
        for (int i = 0; i < PluginRunner.MAX_ABANDONED; i++) {
            assertIssue(run("acme-deaf", memberKpis()), "timeout", "no answer within 200 ms");
        }
        assertIssue(run("acme-deaf", memberKpis()), "timeout", "8 earlier calls ran past the time limit and have not"
                + " returned; it is not called again until one does");
        // another plugin is not held back by it
        assertIssue(run("acme-sleeps", memberKpis()), "timeout", "no answer within 200 ms");
        // once an abandoned call returns (5 s after it began), the plugin is called again
        long giveUp = System.nanoTime() + 15_000_000_000L;
        while (runner.abandonedCalls("acme-deaf") >= PluginRunner.MAX_ABANDONED && System.nanoTime() < giveUp) {
            Thread.sleep(20);
        }
        assertThat(runner.abandonedCalls("acme-deaf")).isLessThan(PluginRunner.MAX_ABANDONED);
        assertIssue(run("acme-deaf", memberKpis()), "timeout", "no answer within 200 ms");
    }

    @Test
    void run_pluginSleepsPastLimit_timeout() {
        assertIssue(run("acme-sleeps", memberKpis()), "timeout", "no answer within 200 ms");
    }

    @Test
    void run_pluginReturnsNull_invalid() {
        assertIssue(run("acme-null", memberKpis()), "invalid", "compute returned null instead of a list");
    }

    @Test
    void run_undeclaredLineId_invalid() {
        assertIssue(run("acme-undeclared", memberKpis()), "invalid",
                "line 'bonus-profit' was not declared in the descriptor");
    }

    @Test
    void run_wrongCurrency_invalid() {
        assertIssue(run("acme-wrong-currency", memberKpis()), "invalid",
                "line 'member-profit' is in EUR, not the case's currency USD");
    }

    @Test
    void run_absurdAmount_invalid() {
        assertIssue(run("acme-absurd", memberKpis()), "invalid",
                "line 'member-profit' has an absurd amount 10E+15 (beyond 1E+15)");
    }

    @Test
    void run_requiredInputsMissing_missingInputListsPaths() {
        KpiSet partial = new KpiSet(Map.of("members", new BigDecimal("5000")), Map.of());

        PluginOutput out = run("acme-loyalty", partial);

        assertThat(out.benefits()).isEmpty();
        assertThat(out.issue().getKind()).isEqualTo("missing-input");
        assertThat(out.issue().isFailure()).isFalse();
        assertThat(out.issue().getMissingInputs()).containsExactly("kpis.acme-loyalty.after.members",
                "kpis.acme-loyalty.before.repeatPurchaseRate", "kpis.acme-loyalty.after.repeatPurchaseRate");
        assertThat(out.issue().getDetail()).isEqualTo("required inputs missing: kpis.acme-loyalty.after.members, "
                + "kpis.acme-loyalty.before.repeatPurchaseRate, kpis.acme-loyalty.after.repeatPurchaseRate");
    }

    @Test
    void run_pluginProbesEngineClasses_classNotFoundEvenThroughContextLoader() {
        PluginIssue issue = run("acme-probe", memberKpis()).issue();

        assertThat(issue.getKind()).isEqualTo("threw");
        assertThat(issue.getDetail()).isEqualTo("IllegalStateException: "
                + "com.google.inject.Injector=ClassNotFoundException "
                + "org.kie.api.KieServices=ClassNotFoundException "
                + "io.roiassay.engine.RoiAssay=ClassNotFoundException "
                + "io.roiassay.plugin.MetricPlugin=loaded "
                + "context:com.google.inject.Injector=ClassNotFoundException");
    }

    @Test
    void run_allPluginsInOneCase_onlyTheWellBehavedOneContributes() {
        Map<String, PluginOutput> outputs = new LinkedHashMap<>();
        for (LoadedPlugin p : loaded) {
            if (p.id().startsWith("acme-")) {
                KpiSet kpis = p.id().equals("acme-loyalty") ? loyaltyKpis() : memberKpis();
                outputs.put(p.id(), runner.run(p, kpis, context(kpis)));
            }
        }

        assertThat(outputs).containsOnlyKeys("acme-absurd", "acme-loyalty", "acme-null", "acme-probe",
                "acme-sleeps", "acme-throws", "acme-undeclared", "acme-wrong-currency");
        Map<String, String> kinds = new LinkedHashMap<>();
        outputs.forEach((id, out) -> kinds.put(id, out.issue() == null ? "ok" : out.issue().getKind()));
        assertThat(kinds).containsExactly(Map.entry("acme-absurd", "invalid"), Map.entry("acme-loyalty", "ok"),
                Map.entry("acme-null", "invalid"), Map.entry("acme-probe", "threw"), Map.entry("acme-sleeps", "timeout"),
                Map.entry("acme-throws", "threw"), Map.entry("acme-undeclared", "invalid"),
                Map.entry("acme-wrong-currency", "invalid"));
        assertThat(outputs.get("acme-loyalty").benefits()).extracting(b -> b.annual().stripTrailingZeros().toPlainString())
                .containsExactly("9600");
        outputs.values().stream().filter(o -> o.issue() != null)
                .forEach(o -> assertThat(o.benefits()).as(o.plugin().id()).isEmpty());
    }

    private PluginOutput run(String id, KpiSet kpis) {
        return runner.run(byId(loaded, id), kpis, context(kpis));
    }

    private static void assertIssue(PluginOutput out, String kind, String detail) {
        assertThat(out.benefits()).isEmpty();
        assertThat(out.issue()).isNotNull();
        assertThat(out.issue().getKind()).isEqualTo(kind);
        assertThat(out.issue().isFailure()).isTrue();
        assertThat(out.issue().getDetail()).isEqualTo(detail);
        assertThat(out.issue().getPluginId()).isEqualTo(out.plugin().id());
        assertThat(out.issue().getVersion()).isEqualTo("0.9.0");
    }

    static KpiSet loyaltyKpis() {
        return new KpiSet(
                Map.of("members", new BigDecimal("4800"), "repeatPurchaseRate", new BigDecimal("22")),
                Map.of("members", new BigDecimal("5000"), "repeatPurchaseRate", new BigDecimal("30"),
                        "averageOrderValue", new BigDecimal("80")));
    }

    private static KpiSet memberKpis() {
        return new KpiSet(Map.of("members", new BigDecimal("100")), Map.of("members", new BigDecimal("120")));
    }

    private static io.roiassay.plugin.MetricContext context(KpiSet kpis) {
        return new CaseMetricContextFactory().create("USD", kpis, new BigDecimal("0.30"), new BigDecimal("45"),
                Map.of("sales", new BigDecimal("0.8")), Map.of());
    }
}
