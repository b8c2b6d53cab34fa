package io.roiassay.engine.batch;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The summary table's cells: RFC 4180 quoting and formula defusing. */
class SummaryCsvTest {

    @Test
    void line_quotesCommasQuotesAndLineBreaks() {
        String line = text(SummaryCsv.line("a,b", "say \"hi\"", "two\nlines", "plain", null, "华东"));
        assertThat(line).isEqualTo("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",plain,,华东\r\n");
        assertThat(parse(line)).containsExactly("a,b", "say \"hi\"", "two\nlines", "plain", "", "华东");
    }

    @Test
    void line_textASpreadsheetWouldRunAsAFormula_getsAnApostrophe() {
        assertThat(text(SummaryCsv.line("=HYPERLINK(\"x\")", "+1+2", "@SUM(A1)", "-x"))).isEqualTo(
                "\"'=HYPERLINK(\"\"x\"\")\",'+1+2,'@SUM(A1),'-x\r\n");
        assertThat(text(SummaryCsv.line("-12.50", "+3"))).isEqualTo("-12.50,+3\r\n");
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Splits one CSV record (RFC 4180) into its cells with the decision tables' CSV reader. */
    static List<String> parse(String line) {
        return io.roiassay.engine.rules.RuleFileTestAccess.cells(
                line.endsWith("\r\n") ? line.substring(0, line.length() - 2) : line);
    }
}
