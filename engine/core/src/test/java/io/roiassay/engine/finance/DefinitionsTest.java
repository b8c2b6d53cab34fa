package io.roiassay.engine.finance;

import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class DefinitionsTest {

    @Test
    void all_fixedOrder() {
        assertThat(Definitions.all()).extracting(Definition::name).containsExactly(
                "totalCosts", "totalBenefits", "pvCosts", "pvBenefits", "npv", "roiPercent",
                "simpleRoiPercent", "paybackMonths", "discountedPaybackMonths", "irrPercent");
    }

    @Test
    void all_coversEveryHeadlineFigureOfFinancials() {
        String[] figures = Arrays.stream(Financials.class.getRecordComponents())
                .map(RecordComponent::getName)
                .filter(name -> !name.equals("periods") && !name.equals("irrNote"))
                .toArray(String[]::new);

        assertThat(Definitions.all()).extracting(Definition::name).containsExactlyInAnyOrder(figures);
    }

    @Test
    void all_bilingualAndNonBlank() {
        assertThat(Definitions.all()).allSatisfy(definition -> {
            assertThat(definition.en()).isNotBlank();
            assertThat(definition.zh()).isNotBlank().containsPattern("\\p{IsHan}");
        });
    }

    @Test
    void find_roiPercent_statesDiscountedTeiDefinition() {
        Definition roi = Definitions.find("roiPercent").orElseThrow();

        assertThat(roi.en()).startsWith(
                "Discounted ROI (Forrester TEI): NPV ÷ PV(costs) × 100; the initial period is not discounted,"
                        + " year t is discounted by (1 + r)^t");
        assertThat(roi.zh()).startsWith(
                "折现 ROI（折现投资回报率，Forrester TEI 方法）：净现值 ÷ 成本现值 × 100；初始期不折现，第 t 年按 (1 + r)^t 折现");
    }

    @Test
    void find_simpleRoi_saysUndiscounted() {
        Definition simple = Definitions.find("simpleRoiPercent").orElseThrow();

        assertThat(simple.en()).contains("undiscounted").contains("(total benefit − total cost) ÷ total cost");
        assertThat(simple.zh()).contains("不折现");
    }

    @Test
    void find_unknown_empty() {
        assertThat(Definitions.find("ebitda")).isEmpty();
    }
}
