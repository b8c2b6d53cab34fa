package io.roiassay.engine.caseio;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Numbers and case sizes are bounded before the engine sees them: exit 2 with the field path. */
class InputLimitsTest {

    private static final String HEAD = "format: roi-assay/case-1\nid: limits\ncurrency: CNY\ncompany: {industry: x}\n";

    private final CaseReader reader = new CaseReader();

    private CaseError only(String content, boolean json) {
        CaseException e = catchThrowableOfType(CaseException.class, () -> reader.read(content, "limits", json));
        assertThat(e).as("expected the case to be refused").isNotNull();
        List<CaseError> errors = e.errors();
        assertThat(errors).hasSize(1);
        return errors.get(0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1e400|the exponent of 1e400 is out of range; exponents may be at most ±20",
            "1e100000000|the exponent of 1e100000000 is out of range; exponents may be at most ±20",
            "1e-999999999|the exponent of 1e-999999999 is out of range; exponents may be at most ±20",
            "2e15|the number 2e15 is beyond the limit of ±1e15",
            "99999999999999999999|the number 99999999999999999999 is beyond the limit of ±1e15",
            "0.0000000000000000000001|the number 0.0000000000000000000001 has more than 20 decimal places"})
    void amountOutOfBounds_refusedWithFieldPath(String amount, String message) {
        CaseError e = only("{\"format\":\"roi-assay/case-1\",\"id\":\"k\",\"currency\":\"CNY\",\"company\":{\"industry\":\"x\"},"
                + "\"costs\":[{\"category\":\"subscription\",\"amount\":" + amount + ",\"recurrence\":\"once\"}]}", true);
        assertThat(e.path()).isEqualTo("costs[0].amount");
        assertThat(e.message()).isEqualTo(message);
    }

    @Test
    void kpiValueTooLong_refusedBeforeParsing() {
        String digits = "1".repeat(60);
        CaseError e = only("{\"format\":\"roi-assay/case-1\",\"id\":\"k\",\"currency\":\"CNY\",\"company\":{\"industry\":\"x\"},"
                + "\"kpis\":{\"sales\":{\"before\":{\"revenue\":" + digits + "},\"after\":{\"revenue\":1}}}}", true);
        assertThat(e.path()).isEqualTo("kpis.sales.before.revenue");
        assertThat(e.message()).isEqualTo("the number has 60 characters; a number may have at most 40");
    }

    @Test
    void caseOverSizeLimit_refusedUpFront() {
        String big = HEAD + "title: '" + "x".repeat(CaseFiles.MAX_CASE_CHARS) + "'\n";
        CaseError e = only(big, false);
        assertThat(e.message()).isEqualTo("the case is " + big.length() + " bytes; a case may be at most 2097152 bytes (2 MiB)");
    }
}
