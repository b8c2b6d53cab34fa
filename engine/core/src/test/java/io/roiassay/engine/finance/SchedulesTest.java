package io.roiassay.engine.finance;

import io.roiassay.engine.model.CostCategory;
import io.roiassay.engine.model.CostItem;
import io.roiassay.engine.model.Recurrence;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchedulesTest {

    private static CostItem cost(String amount, Recurrence recurrence, Integer start, Integer end) {
        return new CostItem(null, CostCategory.OTHER, new BigDecimal(amount), recurrence, start, end, null);
    }

    private static CostItem scheduled(String... amounts) {
        List<BigDecimal> schedule = java.util.Arrays.stream(amounts).map(BigDecimal::new).toList();
        return new CostItem(null, CostCategory.OTHER, null, null, null, null, schedule);
    }

    private static List<BigDecimal> decimals(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void expand_onceWithoutStart_initialPeriod() {
        assertThat(Schedules.expand(cost("150000", null, null, null), 3))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(decimals("150000", "0", "0", "0"));
    }

    @Test
    void expand_onceInYearTwo_onlyThatYear() {
        assertThat(Schedules.expand(cost("500", Recurrence.ONCE, 2, 3), 3))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(decimals("0", "0", "500", "0"));
    }

    @Test
    void expand_annualDefaults_yearsOneToHorizon() {
        assertThat(Schedules.expand(cost("40000", Recurrence.ANNUAL, null, null), 3))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(decimals("0", "40000", "40000", "40000"));
    }

    @Test
    void expand_annualWithRange_onlyThoseYears() {
        assertThat(Schedules.expand(cost("10", Recurrence.ANNUAL, 0, 2), 4))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(decimals("10", "10", "10", "0", "0"));
    }

    @Test
    void expand_monthly_twelveTimesAYear() {
        assertThat(Schedules.expand(cost("1000.50", Recurrence.MONTHLY, null, null), 3))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(decimals("0", "12006", "12006", "12006"));
    }

    @Test
    void expand_shortSchedule_paddedWithZeros() {
        assertThat(Schedules.expand(scheduled("150000", "20000"), 3))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(decimals("150000", "20000", "0", "0"));
    }

    @Test
    void expand_result_unmodifiable() {
        List<BigDecimal> periods = Schedules.expand(cost("1", Recurrence.ANNUAL, null, null), 2);

        assertThatThrownBy(() -> periods.set(0, BigDecimal.TEN)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void expand_scheduleLongerThanHorizon_rejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Schedules.expand(scheduled("1", "2", "3", "4", "5"), 3))
                .withMessageContaining("schedule has 5 periods");
    }

    @Test
    void expand_endBeforeStart_rejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Schedules.expand(cost("1", Recurrence.ANNUAL, 3, 2), 3))
                .withMessageContaining("endYear 2 is before startYear 3");
    }

    @Test
    void expand_beyondHorizon_rejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Schedules.expand(cost("1", Recurrence.ANNUAL, 1, 5), 3))
                .withMessageContaining("endYear 5");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Schedules.expand(cost("1", Recurrence.ONCE, 4, null), 3))
                .withMessageContaining("startYear 4");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Schedules.expand(cost("1", Recurrence.ANNUAL, -1, 2), 3))
                .withMessageContaining("startYear -1");
    }

    @Test
    void expand_neitherAmountNorSchedule_rejected() {
        CostItem empty = new CostItem(null, CostCategory.OTHER, null, Recurrence.ANNUAL, null, null, null);

        assertThatIllegalArgumentException().isThrownBy(() -> Schedules.expand(empty, 3))
                .withMessageContaining("amount or a schedule");
    }

    @Test
    void expand_amountAndSchedule_rejected() {
        CostItem both = new CostItem(null, CostCategory.OTHER, BigDecimal.ONE, null, null, null,
                List.of(BigDecimal.ONE));

        assertThatIllegalArgumentException().isThrownBy(() -> Schedules.expand(both, 3))
                .withMessageContaining("both an amount and a schedule");
    }

    @Test
    void zeros_yearsPlusOne() {
        assertThat(Schedules.zeros(3)).containsExactly(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO);
    }

    @Test
    void sum_addsAllPeriods() {
        assertThat(Schedules.sum(decimals("0.1", "0.2", "0.3"))).isEqualByComparingTo("0.6");
        assertThat(Schedules.sum(List.of())).isEqualByComparingTo("0");
    }

    @Test
    void add_elementWise() {
        assertThat(Schedules.add(decimals("1", "2"), decimals("10", "20")))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(decimals("11", "22"));
    }

    @Test
    void add_differentLengths_rejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Schedules.add(decimals("1", "2"), decimals("1")))
                .withMessageContaining("2 and 1 periods");
    }

    @Test
    void total_manyFlows_elementWiseAndZerosWhenNone() {
        assertThat(Schedules.total(1, List.of(decimals("1", "2"), decimals("10", "20"), decimals("0.5", "0"))))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(decimals("11.5", "22"));
        assertThat(Schedules.total(2, List.of())).usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(decimals("0", "0", "0"));
    }

    @Test
    void total_wrongLength_rejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Schedules.total(2, List.of(decimals("1", "2"))))
                .withMessageContaining("2 periods, expected 3");
    }

    @Test
    void scale_attributionShare() {
        assertThat(Schedules.scale(decimals("0", "75000", "75000"), new BigDecimal("0.6")))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(decimals("0", "45000", "45000"));
    }

    @Test
    void multiply_rampUp() {
        assertThat(Schedules.multiply(decimals("0", "1000", "1000", "1000"), decimals("0", "0.5", "1", "1")))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(decimals("0", "500", "1000", "1000"));
    }

    @Test
    void multiply_differentLengths_rejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Schedules.multiply(decimals("1", "2", "3"), decimals("1", "1")));
    }
}
