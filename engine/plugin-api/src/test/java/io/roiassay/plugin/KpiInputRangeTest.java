package io.roiassay.plugin;

import io.roiassay.plugin.support.Contract;
import io.roiassay.plugin.testing.PluginContract;
import io.roiassay.plugin.testing.TestMetricContext;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Declared KPI ranges: the unit's default for plugins that declare none, the same check as the engine's. */
class KpiInputRangeTest {

    private static final Text T = Text.of("t", "t");

    @Test
    void theFactoryMethodsOfOlderPluginsGiveTheUnitsDefaultRange() {
        assertThat(KpiInput.optional("rate", Unit.PERCENT, T).rangeText()).isEqualTo("0..100");
        assertThat(KpiInput.required("deals", Unit.COUNT, T).rangeText()).isEqualTo(">= 0");
        assertThat(KpiInput.optional("days", Unit.DAYS, T).rangeText()).isEqualTo(">= 0");
        assertThat(KpiInput.optional("hours", Unit.HOURS, T).rangeText()).isEqualTo(">= 0");
        assertThat(KpiInput.optional("profit", Unit.CURRENCY, T).rangeText()).isEqualTo("any");
        assertThat(new KpiInput("deals", Unit.COUNT, true, T).minimum()).isEqualByComparingTo("0");
    }

    @Test
    void aDeclaredRangeReplacesTheDefaultAndKeepsTheRest() {
        KpiInput nps = KpiInput.required("nps", Unit.PERCENT, T).withRange(new BigDecimal("-100"), new BigDecimal("100"));

        assertThat(nps.required()).isTrue();
        assertThat(nps.rangeText()).isEqualTo("-100..100");
        assertThat(nps.allows(new BigDecimal("-100"))).isTrue();
        assertThat(nps.allows(new BigDecimal("-100.01"))).isFalse();
        assertThat(KpiInput.optional("cost", Unit.CURRENCY, T).withRange(null, BigDecimal.TEN).rangeText()).isEqualTo("<= 10");
    }

    @Test
    void aMinimumAboveTheMaximumOrALyingNumberIsRefused() {
        KpiInput x = KpiInput.optional("x", Unit.COUNT, T);
        assertThatThrownBy(() -> x.withRange(BigDecimal.TEN, BigDecimal.ONE))
                .hasMessage("KPI input x: minimum 10 is above maximum 1");
        BigDecimal lying = new BigDecimal("5") {
            @Override
            public int compareTo(BigDecimal other) {
                return 0;
            }
        };
        assertThatThrownBy(() -> x.withRange(lying, null)).hasMessageContaining("must be a plain java.math.BigDecimal");
    }

    @Test
    void rangeProblemNamesTheBoundAndTheUnit() {
        KpiInput rate = KpiInput.optional("returnRate", Unit.PERCENT, T);

        assertThat(Contract.rangeProblem(rate, new BigDecimal("150")))
                .isEqualTo("150 is above the maximum 100 (a percentage, written 0..100)");
        assertThat(Contract.rangeProblem(rate, new BigDecimal("-0.5")))
                .isEqualTo("-0.5 is below the minimum 0 (a percentage, written 0..100)");
        assertThat(Contract.rangeProblem(rate, new BigDecimal("100"))).isNull();
    }

    @Test
    void pluginContractRefusesAContextTheEngineWouldRefuseWithoutCallingCompute() throws Exception {
        MetricPlugin plugin = new MetricPlugin() {
            @Override
            public PluginDescriptor descriptor() {
                return new PluginDescriptor("returns", "1", T, List.of(KpiInput.optional("returnRate", Unit.PERCENT, T)),
                        List.of(), List.of());
            }

            @Override
            public List<Benefit> compute(MetricContext context) {
                if (context.after("returnRate").isPresent()) {
                    throw new AssertionError("compute must not be called for a case the engine refuses");
                }
                return List.of();
            }
        };

        assertThat(PluginContract.check(plugin, TestMetricContext.builder().before("returnRate", "10")
                .after("returnRate", "150").build()))
                .containsExactly("kpis.returns.after.returnRate: 150 is above the maximum 100 (a percentage, written 0..100)");
        assertThat(PluginContract.check(plugin, TestMetricContext.builder().before("returnRate", "10").build()))
                .as("within range").isEmpty();
    }
}
