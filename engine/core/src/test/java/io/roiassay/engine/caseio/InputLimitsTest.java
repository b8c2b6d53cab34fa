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

    @ParameterizedTest
    @CsvSource({"0100, costs[0].amount", "-010000, costs[0].amount", "0x3E8, costs[0].amount", "0b1010, costs[0].amount",
            "00.5, costs[0].amount"}) // 0o17 is text to YAML 1.1: refused as "expected a number"
    void yamlNumberInAnotherBaseOrWithLeadingZero_refused_notReadAsOctal(String amount, String path) {
        // YAML would read 0100 as 64 and 0x3E8 as 1000: a figure other than the digits typed, with exit 0
        CaseError e = only(HEAD + "costs:\n  - category: subscription\n    amount: " + amount + "\n    recurrence: once\n", false);
        assertThat(e.path()).isEqualTo(path);
        assertThat(e.line()).isEqualTo(7);
        assertThat(e.message()).isEqualTo(amount + " is not a plain decimal number: YAML reads a leading 0 as octal (0100 is 64)"
                + " and 0x, 0o, 0b as hexadecimal, octal and binary; write the number without leading zeros, or quote it if it is text");
    }

    @Test
    void yamlHorizonWithLeadingZero_refused_andPlainZeroAndDecimalsStillRead() throws Exception {
        assertThat(only(HEAD + "horizon:\n  years: 010\n", false).path()).isEqualTo("horizon.years");
        var c = reader.read(HEAD + "horizon: {years: 3, discountRate: 0.08}\ncosts:\n"
                + "  - {category: training, amount: 0, recurrence: once}\n"
                + "  - {category: subscription, amount: 0.5e3, recurrence: once}\n", "limits", false);
        assertThat(c.costs()).extracting(l -> l.amount().toPlainString()).containsExactly("0", "500");
        assertThat(c.horizon().discountRate()).isEqualByComparingTo("0.08");
    }

    @Test
    void nestingDeeperThan32Levels_refusedWithShortPathAndLine_notAThousandIndexes() {
        for (boolean json : new boolean[] {false, true}) {
            String deep = "[".repeat(5000) + "]".repeat(5000);
            CaseError e = only(json ? "{\"format\":\"roi-assay/case-1\",\n\"notes\":" + deep + "}"
                    : HEAD + "notes: " + deep + "\n", json);
            assertThat(e.path()).as("json %s", json).isEqualTo("notes[0]");
            assertThat(e.line()).isEqualTo(json ? 2 : 5);
            assertThat(e.message()).isEqualTo("lists and objects nested more than 32 levels deep (a case needs far fewer)");
        }
    }

    @Test
    void yamlAlias_refusedWithItsLine_notReadAsTheAnchorsName() {
        // Jackson reads "format: *t" as the string "t", not as the anchored value: a silent wrong value
        CaseError e = only("id: &t limits\nformat: *t\ncurrency: CNY\ncompany: {industry: x}\n", false);
        assertThat(e.path()).isEqualTo("format");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.message()).isEqualTo("a YAML alias (*t) is not supported in a case; write the value out");
    }

    @Test
    void yamlAliasAsKey_refusedWithoutNamingAParserClass() {
        CaseError e = only("format: roi-assay/case-1\nid: &k limits\n*k : 1\n", false);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.message()).isEqualTo("a YAML alias (*k) is not supported in a case; write the value out");
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
    void caseFromADeviceWithNoSize_refusedAfter2MiB_notReadUntilTheHeapRunsOut() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isReadable(java.nio.file.Path.of("/dev/zero")));
        CaseException e = catchThrowableOfType(CaseException.class, () -> reader.read(java.nio.file.Path.of("/dev/zero")));
        assertThat(e).isNotNull();
        assertThat(e.errors()).singleElement().satisfies(err -> {
            assertThat(err.file()).isEqualTo("/dev/zero");
            assertThat(err.message()).isEqualTo("the case is more than 2097152 bytes; a case may be at most 2097152 bytes (2 MiB)");
        });
    }

    @Test
    void caseOverSizeLimit_refusedUpFront() {
        String big = HEAD + "title: '" + "x".repeat(CaseFiles.MAX_CASE_BYTES) + "'\n";
        CaseError e = only(big, false);
        assertThat(e.message()).isEqualTo("the case is " + big.length() + " bytes; a case may be at most 2097152 bytes (2 MiB)");
    }
}
