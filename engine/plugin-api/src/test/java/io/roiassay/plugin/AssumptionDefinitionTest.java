package io.roiassay.plugin;

import io.roiassay.plugin.support.Contract;
import io.roiassay.plugin.testing.PluginContract;
import io.roiassay.plugin.testing.TestMetricContext;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Plugin-declared assumptions: well formed, sourced or marked as assumptions, keys unique; none by default. */
class AssumptionDefinitionTest {

    private static final Text T = Text.of("t", "t");

    @Test
    void aDefaultIsEitherTheAuthorsAssumptionOrNamesItsSource() {
        AssumptionDefinition assumed = AssumptionDefinition.assumed("workWeeksPerYear", new BigDecimal("48"), Unit.COUNT, T);
        AssumptionDefinition sourced = AssumptionDefinition.sourced("hours", new BigDecimal("1760"), Unit.HOURS, T, "ILO 2023");

        assertThat(assumed.isAssumption()).isTrue();
        assertThat(assumed.source()).isEqualTo("assumption");
        assertThat(sourced.isAssumption()).isFalse();
        assertThatThrownBy(() -> AssumptionDefinition.sourced("hours", BigDecimal.ONE, Unit.HOURS, T, " "))
                .hasMessageContaining("name a source");
        assertThatThrownBy(() -> AssumptionDefinition.assumed("Bad-Key", BigDecimal.ONE, Unit.COUNT, T))
                .hasMessageContaining("lowerCamelCase");
    }

    @Test
    void aDefaultMustBeAPlainBigDecimal() {
        BigDecimal lying = new BigDecimal("48") {
            @Override
            public String toPlainString() {
                return "1";
            }
        };
        assertThatThrownBy(() -> AssumptionDefinition.assumed("weeks", lying, Unit.COUNT, T))
                .hasMessageContaining("plain java.math.BigDecimal");
    }

    @Test
    void aPluginWithoutDeclarationsHasNoneAndOneDeclaringAKeyTwiceFailsTheContract() throws Exception {
        MetricPlugin twice = new MetricPlugin() {
            @Override
            public PluginDescriptor descriptor() {
                return new PluginDescriptor("twice", "1", T, List.of(), List.of(), List.of());
            }

            @Override
            public List<Benefit> compute(MetricContext context) {
                return List.of();
            }

            @Override
            public List<AssumptionDefinition> assumptions() {
                return List.of(AssumptionDefinition.assumed("weeks", BigDecimal.ONE, Unit.COUNT, T),
                        AssumptionDefinition.assumed("weeks", BigDecimal.TEN, Unit.COUNT, T));
            }
        };
        MetricPlugin none = new MetricPlugin() {
            @Override
            public PluginDescriptor descriptor() {
                return new PluginDescriptor("none", "1", T, List.of(), List.of(), List.of());
            }

            @Override
            public List<Benefit> compute(MetricContext context) {
                return List.of();
            }
        };

        assertThat(none.assumptions()).isEmpty();
        assertThat(PluginContract.check(none, TestMetricContext.builder().build())).isEmpty();
        assertThat(PluginContract.check(twice, TestMetricContext.builder().build()))
                .containsExactly("declares the assumption 'weeks' twice");
        assertThat(Contract.assumptionsProblem(null)).isEqualTo("assumptions() returned null instead of a list");
    }
}
