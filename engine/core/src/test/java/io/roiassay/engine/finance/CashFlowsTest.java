package io.roiassay.engine.finance;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CashFlowsTest {

    @Test
    void years_excludesInitialPeriod() {
        CashFlows flows = new CashFlows(Schedules.zeros(3), Schedules.zeros(3));

        assertThat(flows.years()).isEqualTo(3);
    }

    @Test
    void new_differentLengths_rejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CashFlows(Schedules.zeros(3), Schedules.zeros(2)))
                .withMessageContaining("4 periods").withMessageContaining("3");
    }

    @Test
    void new_empty_rejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CashFlows(List.of(), List.of()));
    }

    @Test
    void net_benefitsMinusCosts() {
        CashFlows flows = new CashFlows(List.of(new BigDecimal("100"), new BigDecimal("20")),
                List.of(BigDecimal.ZERO, new BigDecimal("50")));

        assertThat(flows.net()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("-100"), new BigDecimal("30"));
    }
}
