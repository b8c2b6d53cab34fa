package io.roiassay.engine.rules;

import io.roiassay.engine.errors.Causes;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads which rules a Drools decision table ({@code *.drl.csv}, {@code *.drl.xlsx}) generates and from
 * which row, the way Drools names them: the row's {@code NAME} cell, else {@code <table name>_<row>}, in
 * the package of the {@code RuleSet} cell. Rows are numbered from 1 as a spreadsheet shows them. A CSV is
 * read here directly (cheap, at every start); a spreadsheet through Drools' own converter.
 */
final class DecisionTables {

    /** One rule of a table: package, name and 1-based row. */
    record Row(String packageName, String ruleName, int row) {
    }

    /** Drools' package when a table has no {@code RuleSet} cell. */
    private static final String DEFAULT_PACKAGE = "rule_table";
    private static final Pattern DRL_PACKAGE = Pattern.compile("^package\\s+([\\w.]+)", Pattern.MULTILINE);
    private static final Pattern DRL_ROW = Pattern.compile("^// rule values at [A-Z]+(\\d+).*\\R\\s*rule\\s+\"((?:[^\"\\\\]|\\\\.)*)\"",
            Pattern.MULTILINE);

    /**
     * How Drools names a table it cannot read: {@code [<kjar path>] <what>, in cell B10}. The path is matched
     * against the pack's files (it may itself hold a {@code ]}); this reads what follows it.
     */
    private static final Pattern PARSE_ERROR = Pattern.compile("^\\s*(.*?)(?:,? in cell ([A-Z]+)(\\d+))?$", Pattern.DOTALL);
    /** The kjar folders Drools may put before a table's pack-relative path. */
    private static final List<String> KJAR_PREFIXES = List.of("src/main/resources/roi-assay/rules/", "roi-assay/rules/",
            "src/main/resources/", "");
    /** A cell named inside the message rather than at its end ("… in cell E6, leave this cell blank"). */
    private static final Pattern CELL = Pattern.compile("\\bcell ([A-Z]+)(\\d+)\\b");

    private DecisionTables() {
    }

    /**
     * A table Drools could not read (say a {@code PRIORITY} cell that is not a whole number), as a problem at the
     * table's file and row (column: the cell's column, A = 1), instead of an unlocated "could not compile the
     * pack"; null when {@code e} is not about one of {@code files}.
     */
    static RuleProblem parseError(Throwable e, List<RuleFile> files) {
        for (Throwable t : Causes.chain(e)) {
            String message = t.getMessage() == null ? "" : t.getMessage().strip();
            for (RuleFile f : files) {
                String rest = after(message, f.path());
                Matcher m = rest == null ? null : PARSE_ERROR.matcher(rest);
                if (m == null || !m.matches()) {
                    continue;
                }
                String letters = m.group(2);
                String digits = m.group(3);
                Matcher inside = CELL.matcher(m.group(1));
                if (letters == null && inside.find()) {
                    letters = inside.group(1);
                    digits = inside.group(2);
                }
                int row = digits == null ? 0 : Integer.parseInt(digits);
                int column = 0;
                for (char c : (letters == null ? "" : letters).toCharArray()) {
                    column = column * 26 + (c - 'A' + 1);
                }
                String cell = m.group(2) == null ? "" : " (cell " + m.group(2) + m.group(3) + ")"; // else it is in the text
                return new RuleProblem(f.displayPath(), row, column, "the decision table cannot be read: "
                        + plain(m.group(1)) + cell, true);
            }
        }
        return null;
    }

    private static final Pattern POI_TOO_LARGE = Pattern.compile("(?s)Tried to allocate an array of length ([\\d,]+), but the maximum"
            + " length for this record type is ([\\d,]+)\\..*");

    /**
     * The spreadsheet library's message in a consultant's words: its size limit (a part of the file that unpacks to
     * far more than any table needs, e.g. 900 MB of a sheet's XML) came with advice to file a bug and to call
     * {@code IOUtils.setByteArrayMaxOverride()}, which no user of this tool can do.
     */
    static String plain(String message) {
        Matcher m = POI_TOO_LARGE.matcher(message);
        if (m.matches()) {
            return "a part of the spreadsheet unpacks to " + m.group(1) + " bytes, more than a decision table may hold ("
                    + m.group(2) + " bytes); the file is damaged or not a table: save the table again from the"
                    + " spreadsheet program, or as .drl.csv";
        }
        return message;
    }

    /** What follows {@code [<prefix><path>]} at the start of a message, or null when it does not name that file. */
    private static String after(String message, String path) {
        for (String prefix : KJAR_PREFIXES) {
            String head = "[" + prefix + path + "]";
            if (message.startsWith(head)) {
                return message.substring(head.length());
            }
        }
        return null;
    }

    /** The rules a table generates; empty when it cannot be read (the compiler then reports the error). */
    static List<Row> rows(RuleFile f) {
        try {
            return f.path().endsWith(".drl.csv") ? csvRows(f.text()) : spreadsheetRows(f.content());
        } catch (RuntimeException | LinkageError e) {
            return List.of();
        }
    }

    static List<Row> csvRows(String text) {
        List<List<String>> lines = new ArrayList<>();
        for (String line : text.split("\\R", -1)) {
            lines.add(cells(line));
        }
        String pkg = DEFAULT_PACKAGE;
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            List<String> cells = lines.get(i);
            int col = firstNonEmpty(cells);
            if (col < 0) {
                continue;
            }
            String first = cells.get(col).strip();
            if (first.equals("RuleSet") && col + 1 < cells.size()) {
                pkg = cells.get(col + 1).strip();
            } else if (first.startsWith("RuleTable ") && i + 1 < lines.size()) {
                String table = first.substring("RuleTable ".length()).strip();
                int nameCol = nameColumn(lines.get(i + 1), col);
                int before = rows.size();
                for (int r = i + 5; r < lines.size() && firstNonEmpty(lines.get(r)) >= 0; r++) {
                    List<String> data = lines.get(r);
                    String name = nameCol >= 0 && nameCol < data.size() ? data.get(nameCol).strip() : "";
                    rows.add(new Row(pkg, name.isEmpty() ? table + "_" + (r + 1) : name, r + 1));
                    i = r;
                }
                if (rows.size() == before) {
                    // no row under the header: Drools still makes one empty rule, named for the first data line
                    rows.add(new Row(pkg, table + "_" + (i + 6), i + 6));
                }
            }
        }
        return rows;
    }

    private static int nameColumn(List<String> header, int from) {
        for (int c = from; c < header.size(); c++) {
            if (header.get(c).strip().toUpperCase(Locale.ROOT).equals("NAME")) {
                return c;
            }
        }
        return -1;
    }

    private static int firstNonEmpty(List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            if (!cells.get(c).isBlank()) {
                return c;
            }
        }
        return -1;
    }

    /** One CSV line's cells: comma-separated, a quoted cell may hold commas and doubled quotes. */
    static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString());
        return out;
    }

    /** A spreadsheet's rules, from the DRL Drools generates for it (it notes each rule's row). */
    private static List<Row> spreadsheetRows(byte[] xlsx) {
        String drl = new org.drools.decisiontable.SpreadsheetCompiler()
                .compile(new ByteArrayInputStream(xlsx), org.drools.decisiontable.InputType.XLS);
        Matcher pm = DRL_PACKAGE.matcher(drl);
        String pkg = pm.find() ? pm.group(1) : DEFAULT_PACKAGE;
        List<Row> rows = new ArrayList<>();
        Matcher m = DRL_ROW.matcher(drl);
        while (m.find()) {
            rows.add(new Row(pkg, m.group(2).replace("\\\"", "\""), Integer.parseInt(m.group(1))));
        }
        return rows;
    }
}
