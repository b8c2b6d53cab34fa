package io.roiassay.plugin;

import io.roiassay.plugin.support.Contract;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plugin's names and texts are copied into every report: a descriptor or an answer that would put megabytes
 * there is refused, with what is too long and the limit.
 */
class ContractSizeTest {

    private static final Text T = Text.of("t", "t");

    private static PluginDescriptor descriptor(String lineId, Text formula) {
        return new PluginDescriptor("acme", "1.0.0", T, List.of(KpiInput.required("members", Unit.COUNT, T)),
                List.of(new BenefitDefinition(lineId, BenefitKind.COST_SAVING, T, formula, List.of("members"))), List.of());
    }

    private static String answer(Map<String, BigDecimal> inputs) {
        return Contract.answer(descriptor("saving", T), List.of(new Benefit("saving", BenefitKind.COST_SAVING,
                new BigDecimal("1000"), "USD", inputs)), List.of(), "USD").problem();
    }

    @Test
    void descriptor_aHugeIdOrFormula_isRefused_aUsualOneIsNot() {
        assertThat(Contract.descriptorProblem(descriptor("saving", T))).isNull();
        assertThat(Contract.descriptorProblem(descriptor("a".repeat(101), T)))
                .isEqualTo("a benefit line id is 101 characters long (at most 100)");
        assertThat(Contract.descriptorProblem(descriptor("saving", Text.of("x".repeat(2_001), "x"))))
                .isEqualTo("the formula of line 'saving' is 2001 characters long (at most 2000)");
    }

    @Test
    void answer_aHugeOrControlInputName_orTooManyInputs_isRefused() {
        assertThat(answer(Map.of("members.after", BigDecimal.TEN))).isNull();
        assertThat(answer(Map.of("m".repeat(5_000_000), BigDecimal.TEN))).startsWith("line 'saving' has an input name"
                + " that is blank, longer than 100 characters or holds a control character: '" + "m".repeat(100) + "…'");
        assertThat(answer(Map.of("members\u001b[31m", BigDecimal.TEN))).contains("holds a control character");
        Map<String, BigDecimal> many = new LinkedHashMap<>();
        for (int i = 0; i < 101; i++) {
            many.put("input" + i, BigDecimal.ONE);
        }
        assertThat(answer(many)).isEqualTo("line 'saving' lists 101 inputs (at most 100)");
    }
}
