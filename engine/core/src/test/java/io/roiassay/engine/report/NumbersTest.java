package io.roiassay.engine.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class NumbersTest {

    @ParameterizedTest
    @CsvSource({"0, 0", "999.99, 999.99", "1000, '1,000'", "-1234, '-1,234'", "1234567.50, '1,234,567.50'",
            "-395552.79, '-395,552.79'", "100000, '100,000'", "0.6333, 0.6333"})
    void amount_groupsIntegerDigitsInThreesAndKeepsTheScale(String value, String expected) {
        assertThat(Numbers.amount(new BigDecimal(value))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"16.5, 16.50%", "-65.94, -65.94%", "1549.3, '1,549.30%'", "0.125, 0.12%", "0.135, 0.14%"})
    void percent_alwaysTwoDecimalsHalfEven(String points, String expected) {
        assertThat(Numbers.percent(new BigDecimal(points))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0.011, 1.10%", "0.1, 10.00%", "1, 100.00%", "0.6333, 63.33%"})
    void share_fractionAsPercentage(String fraction, String expected) {
        assertThat(Numbers.share(new BigDecimal(fraction))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"12000.00, CNY, '12,000.00 CNY'", "-4.5, USD, '-4.5 USD'"})
    void money_namesTheCurrency(String value, String currency, String expected) {
        assertThat(Numbers.money(new BigDecimal(value), currency)).isEqualTo(expected);
        assertThat(Numbers.money(null, currency)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"227.2727272727272727272727272727273, 227.2727", "0.30, 0.30", "12.34565, 12.3456", "12.34575, 12.3458",
            "300, 300", "-0.000049, 0.0000"})
    void shown_keepsUpToFourDecimals_roundsMoreHalfEven(String value, String expected) {
        assertThat(Numbers.shown(new BigDecimal(value)).toPlainString()).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void assumptionValues_keepEveryDigit_anAuditorCopiesThem() {
        // a case's riskAdjustment of 0.123456 is what the figures use: the assumption table shows it whole
        assertThat(Placeholders.format(new BigDecimal("0.123456"))).isEqualTo("0.123456");
    }
}
