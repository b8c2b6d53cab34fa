package io.roiassay.engine.batch;

import io.roiassay.engine.report.Report;
import io.roiassay.engine.report.ReportFigures;
import io.roiassay.engine.report.ReportFinding;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The analysts' table of a batch ({@code batch --output summary}): one CSV row per input (RFC 4180, UTF-8,
 * CRLF line ends), a fixed header, machine-readable codes (grades, industries, finding codes) rather than
 * translated words, numbers as plain decimals. A rejected input gets a row with {@code grade} {@code error}
 * and its first error message.
 *
 * <p>Cells that a spreadsheet would read as a formula (starting with {@code = + - @}, tab or carriage
 * return) and that are not numbers are prefixed with an apostrophe, so a case title cannot run code in the
 * analyst's spreadsheet.
 */
public final class SummaryCsv {

    /** The column names, in order. */
    public static final List<String> COLUMNS = List.of("source", "caseId", "title", "industry", "currency", "grade",
            "confidence", "enteredRoiPercent", "adjustedRoiPercent", "adjustedNpv", "adjustedPaybackMonths",
            "benefitTolerancePercent", "majorFindings", "majorFindingCodes", "error");

    /** The UTF-8 byte-order mark, written first with {@code --bom} so Excel reads Chinese text as UTF-8. */
    public static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private SummaryCsv() {
    }

    /** The header line, with its line end. */
    public static byte[] header() {
        return line(COLUMNS.toArray(String[]::new));
    }

    /** The row of an assessed case. */
    public static byte[] row(BatchItem item, Report report) {
        ReportFigures entered = report.financials() == null ? null : report.financials().entered();
        ReportFigures adjusted = report.financials() == null ? null : report.financials().adjusted();
        List<String> major = report.findings().stream()
                .filter(f -> "major".equals(f.severity()))
                .map(ReportFinding::code)
                .toList();
        return line(
                item.sourceName(),
                report.caseId(),
                report.title(),
                report.profile() == null ? null : report.profile().industry(),
                report.currency(),
                report.verdict() == null ? null : report.verdict().grade(),
                report.verdict() == null ? null : report.verdict().confidence(),
                plain(entered == null ? null : entered.roiPercent()),
                plain(adjusted == null ? null : adjusted.roiPercent()),
                plain(adjusted == null ? null : adjusted.npv()),
                plain(adjusted == null ? null : adjusted.paybackMonths()),
                plain(report.sensitivity() == null ? null : report.sensitivity().benefitTolerancePercent()),
                Integer.toString(major.size()),
                major.stream().distinct().collect(Collectors.joining(" ")),
                null);
    }

    /** The row of a rejected input: its source, its case id when it names a valid one, grade {@code error} and the first error. */
    public static byte[] errorRow(BatchItem item, ErrorRecord record) {
        String message = record.errors().isEmpty() ? "rejected"
                : record.errors().get(0).path() + ": " + record.errors().get(0).message()
                + (record.errors().size() > 1 ? " (+" + (record.errors().size() - 1) + " more)" : "");
        return line(item.sourceName(), record.caseId(), null, null, null, "error", null, null, null, null, null, null, null,
                null, message);
    }

    private static String plain(BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }

    /** One CSV line of the given cells (null = empty), CRLF-terminated, UTF-8. */
    static byte[] line(String... cells) {
        StringBuilder b = new StringBuilder(256);
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            cell(b, cells[i]);
        }
        b.append("\r\n");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void cell(StringBuilder b, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        String v = defused(value);
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
        if (!quote) {
            b.append(v);
            return;
        }
        b.append('"');
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '"') {
                b.append('"');
            }
            b.append(c);
        }
        b.append('"');
    }

    /** A text cell a spreadsheet would take for a formula gets a leading apostrophe; numbers stay as they are. */
    private static String defused(String v) {
        char first = v.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        if (!risky || isNumber(v)) {
            return v;
        }
        return "'" + v;
    }

    private static boolean isNumber(String v) {
        try {
            new BigDecimal(v);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
