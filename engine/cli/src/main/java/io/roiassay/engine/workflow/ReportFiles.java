package io.roiassay.engine.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.roiassay.engine.caseio.CaseFiles;
import io.roiassay.engine.report.JsonReportWriter;
import io.roiassay.engine.report.Report;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads saved reports back as JSON trees, refusing anything that is not a {@code roi-assay/report-1}. */
public final class ReportFiles {

    /** A saved report: its exact text and its tree. */
    public record Saved(Path file, String text, JsonNode tree) {

        /**
         * The draws and seed the report was made with: its {@code uncertainty} block's, or no draws when it has
         * none (a report with no such block was made with {@code --draws 0} or by {@code batch}).
         */
        public io.roiassay.engine.assess.AssessOptions options() {
            JsonNode u = tree.path("uncertainty");
            if (!u.isObject() || !u.path("draws").canConvertToInt() || !u.path("seed").canConvertToLong()) {
                return io.roiassay.engine.assess.AssessOptions.NO_DRAWS;
            }
            int draws = u.get("draws").asInt();
            if (draws < 0 || draws > io.roiassay.engine.assess.AssessOptions.MAX_DRAWS) {
                return io.roiassay.engine.assess.AssessOptions.NO_DRAWS;
            }
            return new io.roiassay.engine.assess.AssessOptions(draws, u.get("seed").asLong());
        }

        /** Whether the report embeds its case ({@code provenance.case}, written by {@code --embed-case}). */
        public boolean hasEmbeddedCase() {
            return tree.path("provenance").path("case").isObject();
        }

        /**
         * The case embedded in the report, read and checked like a case file (errors name
         * {@code REPORT#provenance.case}).
         *
         * @throws ReportFileException the report embeds no case (it was made without {@code --embed-case})
         * @throws io.roiassay.engine.caseio.CaseException the embedded case is not a valid case
         */
        public io.roiassay.engine.model.Case embeddedCase(io.roiassay.engine.caseio.CaseReader reader)
                throws ReportFileException, io.roiassay.engine.caseio.CaseException {
            String name = file == null ? "the report" : file.toString();
            if (!hasEmbeddedCase()) {
                throw new ReportFileException(name + ": the report has no embedded case (provenance.case; it was made"
                        + " without --embed-case): give the case file, assay verify REPORT CASE");
            }
            String json;
            try {
                // Written as the canonical JSON was (decimals plain), so the case reads back as it was embedded.
                json = JsonReportWriter.mapper().writeValueAsString(tree.path("provenance").path("case"));
            } catch (JsonProcessingException e) {
                throw new ReportFileException(name + ": cannot read the embedded case: " + e.getOriginalMessage());
            }
            return reader.read(json, name + "#provenance.case", true);
        }

        /** The report's language ({@code en} when absent). */
        public String language() {
            JsonNode l = tree.get("language");
            return l == null || !l.isTextual() ? "en" : l.asText();
        }
    }

    private ReportFiles() {
    }

    /** Parses report JSON keeping every number exactly as written ({@code 540000.00} stays so). */
    static JsonNode readTree(String text) throws JsonProcessingException {
        // Strict like a case file: a second JSON value after the report (reports concatenated, a forged object
        // appended) or a key given twice ("grade": "strong", "grade": "negative") would otherwise be read past —
        // the last duplicate wins — and the file verified as if the tool had written it.
        return JsonReportWriter.mapper().reader().with(JsonNodeFactory.withExactBigDecimals(true))
                .with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .with(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .readTree(text);
    }

    /** The top-level keys every report has (the contract's report layout); a file without one is not a report. */
    static final java.util.List<String> REQUIRED_KEYS = java.util.List.of("caseId", "profile", "financials", "findings",
            "verdict", "recommendations", "provenance");

    /** The largest report file read: 32 MiB, ten times a report with a 2 MiB case embedded. */
    static final int MAX_REPORT_BYTES = 32 * 1024 * 1024;

    /** Reads and checks one report file. */
    public static Saved read(Path file) throws ReportFileException {
        String text;
        try {
            byte[] bytes = CaseFiles.readAtMost(file, MAX_REPORT_BYTES);
            if (bytes == null) {
                throw new ReportFileException(file + ": more than " + MAX_REPORT_BYTES + " bytes; a report is far smaller"
                        + " (one with its case embedded at most a few MiB)");
            }
            text = CaseFiles.strictUtf8(bytes);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ReportFileException(file + ": not UTF-8 text; a report is UTF-8 JSON");
        } catch (NoSuchFileException e) {
            throw new ReportFileException(file + ": file not found");
        } catch (CaseFiles.NamedPipeException e) {
            throw new ReportFileException(file + ": " + e.getMessage());
        } catch (IOException e) {
            throw new ReportFileException(file + ": cannot read the file: " + e.getMessage());
        }
        return parse(text, file.toString(), file);
    }

    /** Checks report text that did not come from a file (e.g. an HTTP request); {@code name} labels errors. */
    public static Saved parse(String text, String name) throws ReportFileException {
        return parse(text, name, null);
    }

    /** A report's numbers are money, percentages and counts: far below this many digits or this scale. */
    static final int MAX_NUMBER_DIGITS = 1_000;

    /**
     * The path of the first number in {@code node} beyond {@link #MAX_NUMBER_DIGITS} digits or scale, or null.
     * Comparing {@code 1e999999999} with a report's figure made a billion-digit integer (exit 1, ArithmeticException).
     */
    private static String unprintableNumber(JsonNode node, String path) {
        if (node.isNumber()) {
            java.math.BigDecimal d = node.decimalValue();
            return d.precision() > MAX_NUMBER_DIGITS || Math.abs((long) d.scale()) > MAX_NUMBER_DIGITS
                    ? (path.isEmpty() ? "(root)" : path) : null;
        }
        if (node.isContainerNode()) {
            var fields = node.fields();
            int i = 0;
            for (JsonNode child : node) {
                String at = node.isArray() ? path + "[" + i++ + "]" : path + (path.isEmpty() ? "" : ".") + fields.next().getKey();
                String found = unprintableNumber(child, at);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Saved parse(String text, String file, Path path) throws ReportFileException {
        JsonNode tree;
        try {
            tree = readTree(text);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new ReportFileException(file + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
                    + ": not a JSON report (" + e.getOriginalMessage() + "); give the JSON report (assess --format json)");
        }
        if (tree == null || !tree.isObject()) {
            throw new ReportFileException(file + ": not a JSON report object");
        }
        String unprintable = unprintableNumber(tree, "");
        if (unprintable != null) {
            throw new ReportFileException(file + ": " + unprintable + " is a number no report holds (more than "
                    + MAX_NUMBER_DIGITS + " digits or scale); the file is not a report this tool wrote");
        }
        JsonNode format = tree.get("format");
        if (format == null || !Report.FORMAT.equals(format.asText())) {
            throw new ReportFileException(file + ": format is " + (format == null ? "missing" : "'" + format.asText() + "'")
                    + "; expected " + Report.FORMAT);
        }
        for (String key : REQUIRED_KEYS) {
            JsonNode value = tree.get(key);
            boolean list = key.equals("findings") || key.equals("recommendations");
            // verdict is null when no verdict rule fired (an overlay's pack): the writers show it as undefined
            boolean allowedNull = value != null && value.isNull() && key.equals("verdict");
            if (value == null || !allowedNull
                    && (list ? !value.isArray() : key.equals("caseId") ? !value.isTextual() : !value.isObject())) {
                throw new ReportFileException(file + ": " + key + " is " + (value == null ? "missing" : "not "
                        + (list ? "a list" : key.equals("caseId") ? "text" : "an object"))
                        + "; every " + Report.FORMAT + " has it, so the file is not a report this tool wrote");
            }
        }
        JsonNode uncertainty = tree.get("uncertainty");
        if (uncertainty != null && uncertainty.isObject()) {
            JsonNode draws = uncertainty.get("draws");
            if (draws == null || !draws.canConvertToInt() || !draws.isIntegralNumber() || draws.asInt() < 0
                    || draws.asInt() > io.roiassay.engine.assess.AssessOptions.MAX_DRAWS) {
                throw new ReportFileException(file + ": uncertainty.draws is " + (draws == null ? "missing" : draws.toString())
                        + "; a report's draws are a whole number from 0 to " + io.roiassay.engine.assess.AssessOptions.MAX_DRAWS);
            }
            JsonNode seed = uncertainty.get("seed");
            if (seed == null || !seed.isIntegralNumber() || !seed.canConvertToLong()) {
                throw new ReportFileException(file + ": uncertainty.seed is " + (seed == null ? "missing" : seed.toString())
                        + "; a report's seed is a whole number");
            }
        }
        return new Saved(path, text, tree);
    }
}
