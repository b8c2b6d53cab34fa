package io.roiassay.plugin;

import io.roiassay.plugin.support.SignCheck;
import io.roiassay.plugin.testing.PluginContract;
import io.roiassay.plugin.testing.TestMetricContext;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A line's sign against the declared better direction of every KPI it uses ("negative savings from improved KPIs"). */
class SignCheckTest {

    private static final Text T = Text.of("x", "某");

    /** A field-service plugin: a fix-rate (higher is better) and visits per job (lower is better) saving. */
    private static PluginDescriptor descriptor(boolean declared) {
        KpiInput fixRate = KpiInput.optional("firstTimeFixRate", Unit.PERCENT, T);
        KpiInput visits = KpiInput.optional("visitsPerJob", Unit.HOURS, T);
        KpiInput staff = KpiInput.optional("technicians", Unit.COUNT, T);
        return new PluginDescriptor("field-service", "1.0.0", T,
                List.of(declared ? fixRate.higherIsBetter() : fixRate, declared ? visits.lowerIsBetter() : visits, staff),
                List.of(new BenefitDefinition("fix-savings", BenefitKind.COST_SAVING, T, T, List.of("firstTimeFixRate", "visitsPerJob", "costPerVisit")),
                        new BenefitDefinition("staff-savings", BenefitKind.COST_SAVING, T, T, List.of("technicians"))),
                List.of());
    }

    private static MetricContext moved(String fixBefore, String fixAfter, String visitsBefore, String visitsAfter) {
        return TestMetricContext.builder().before("firstTimeFixRate", fixBefore).after("firstTimeFixRate", fixAfter)
                .before("visitsPerJob", visitsBefore).after("visitsPerJob", visitsAfter)
                .before("technicians", "10").after("technicians", "8").build();
    }

    private static List<Benefit> line(String id, String amount) {
        return List.of(new Benefit(id, BenefitKind.COST_SAVING, new BigDecimal(amount), "USD", Map.of()));
    }

    @Test
    void improvedInputs_negativeLine_isAWrongSign() {
        assertThat(SignCheck.problem(descriptor(true), moved("70", "80", "1.5", "1.2"), line("fix-savings", "-123456")))
                .isEqualTo("line fix-savings is -123456 although every input it uses improved (firstTimeFixRate 70 → 80"
                        + " (higher is better), visitsPerJob 1.5 → 1.2 (lower is better)): a wrong sign, not a loss");
        // one improved, one unchanged: still improved
        assertThat(SignCheck.problem(descriptor(true), moved("70", "80", "1.5", "1.5"), line("fix-savings", "-1"))).isNotNull();
    }

    @Test
    void worseInputs_positiveLine_isAWrongSign() {
        assertThat(SignCheck.problem(descriptor(true), moved("80", "70", "1.2", "1.5"), line("fix-savings", "5000")))
                .startsWith("line fix-savings is 5000 although every input it uses got worse (").endsWith("a wrong sign, not a gain");
    }

    @Test
    void signsThatFitTheMoves_mixedMoves_undeclaredDirections_orNoMove_areNotProblems() {
        assertThat(SignCheck.problem(descriptor(true), moved("70", "80", "1.5", "1.2"), line("fix-savings", "123456"))).isNull();
        assertThat(SignCheck.problem(descriptor(true), moved("80", "70", "1.2", "1.5"), line("fix-savings", "-5000"))).isNull();
        assertThat(SignCheck.problem(descriptor(true), moved("70", "80", "1.2", "1.5"), line("fix-savings", "-5000")))
                .as("one better, one worse: a real trade-off").isNull();
        assertThat(SignCheck.problem(descriptor(false), moved("70", "80", "1.5", "1.2"), line("fix-savings", "-123456")))
                .as("no declared direction").isNull();
        assertThat(SignCheck.problem(descriptor(true), moved("70", "70", "1.5", "1.5"), line("fix-savings", "-5"))).isNull();
        assertThat(SignCheck.problem(descriptor(true), moved("70", "80", "1.5", "1.2"), line("staff-savings", "-5")))
                .as("technicians declares no direction").isNull();
    }

    @Test
    void pluginContract_reportsTheWrongSign_asTheEngineDoes() throws Exception {
        MetricPlugin plugin = new MetricPlugin() {
            @Override
            public PluginDescriptor descriptor() {
                return SignCheckTest.descriptor(true);
            }

            @Override
            public List<Benefit> compute(MetricContext context) {
                return line("fix-savings", "-10");
            }
        };
        assertThat(PluginContract.check(plugin, moved("70", "80", "1.5", "1.2")))
                .containsExactly("line fix-savings is -10 although every input it uses improved (firstTimeFixRate 70 → 80"
                        + " (higher is better), visitsPerJob 1.5 → 1.2 (lower is better)): a wrong sign, not a loss");
    }
}
