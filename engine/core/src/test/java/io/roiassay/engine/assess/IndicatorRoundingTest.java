package io.roiassay.engine.assess;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plugin's indicator is shown at 2 decimal places at most, half-even (a practitioner review: a cost per lead of
 * 30,000,000 ÷ 1,100 printed as 27,272.7273 in Markdown and 27272.727272727272 in JSON).
 */
class IndicatorRoundingTest {

    @Test
    void aRatioIsRoundedHalfEvenToTwoPlaces_aWholeNumberIsLeftAsItIs() {
        assertThat(ReportAssembler.indicator(new BigDecimal("27272.727272727272"))).isEqualTo(new BigDecimal("27272.73"));
        assertThat(ReportAssembler.indicator(new BigDecimal("0.125"))).isEqualTo(new BigDecimal("0.12"));
        assertThat(ReportAssembler.indicator(new BigDecimal("33000"))).isEqualTo(new BigDecimal("33000"));
        assertThat(ReportAssembler.indicator(new BigDecimal("8.5"))).isEqualTo(new BigDecimal("8.5"));
        assertThat(ReportAssembler.indicator(null)).isNull();
    }
}
