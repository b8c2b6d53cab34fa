package io.roiassay.engine.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Quotes a {@code .drl.csv} decision table gets wrong: a quote inside a cell that does not start with one
 * ({@code pro"file}), and a quoted cell that is not closed on its line. Drools' CSV reader takes the first
 * for the start of a quoted value and shifts or swallows the cells after it, so the row compiles into a rule
 * with a generated name and no phase, reported (if at all) against that generated name; here each is an
 * error at its file, line and column.
 */
final class CsvQuotes {

    private CsvQuotes() {
    }

    /** Every misplaced or unclosed quote in the table, in line order. */
    static List<RuleProblem> check(RuleFile f) {
        List<RuleProblem> out = new ArrayList<>();
        String[] lines = f.text().split("\\R", -1);
        if (semicolonSeparated(lines)) {
            // A spreadsheet set to a European locale saves "CSV" with semicolons: every quote check below would
            // then point at the wrong cell.
            out.add(new RuleProblem(f.displayPath(), 1, 0, "the cells are separated by ';', not ',' (a spreadsheet"
                    + " set to a European locale): save the table as CSV UTF-8 (comma delimited)", true));
            return out;
        }
        for (int n = 0; n < lines.length; n++) {
            check(f, lines[n], n + 1, out);
        }
        return out;
    }

    /** A decision-table keyword cell followed by a semicolon: {@code RuleSet;…}, {@code NAME;PRIORITY;…}. */
    private static final java.util.regex.Pattern KEYWORD_SEMICOLON = java.util.regex.Pattern.compile(
            "^\\uFEFF?\\s*(RuleSet|Import|Variables|Functions|Notes|RuleTable[^;,\"]*|NAME|PRIORITY|CONDITION|ACTION)\\s*;");

    /**
     * A keyword cell of the table followed by ';' (the header a spreadsheet wrote with its list separator, even when
     * a cell such as the Import list holds commas: a review's European-locale table was read as a quote mistake at
     * line 8); or no comma outside quotes in the whole table, and a semicolon outside quotes somewhere.
     */
    static boolean semicolonSeparated(String[] lines) {
        for (String line : lines) {
            if (KEYWORD_SEMICOLON.matcher(line).find()) {
                return true;
            }
        }
        boolean semicolon = false;
        for (String line : lines) {
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && c == ',') {
                    return false;
                } else if (!quoted && c == ';') {
                    semicolon = true;
                }
            }
        }
        return semicolon;
    }

    private static void check(RuleFile f, String line, int lineNo, List<RuleProblem> out) {
        int cellStart = 0;
        int cell = 0;
        boolean quoted = false;
        int quoteAt = -1;
        int closedAt = -1; // where the cell's opening quote was closed
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                    closedAt = i;
                }
            } else if (c == ',') {
                cellStart = i + 1;
                cell++;
                closedAt = -1;
            } else if (c == '"' && i == cellStart) {
                quoted = true;
                quoteAt = i;
            } else if (c == '"' && closedAt >= 0) {
                // "audited "2025" accounts": the quote before 2025 ended the quoted cell early
                String inner = line.substring(cellStart + 1, Math.max(cellStart + 1, lastQuote(line, i)));
                out.add(new RuleProblem(f.displayPath(), lineNo, closedAt + 1, "a quote inside the quoted cell "
                        + column(cell) + " ends it early: inside a quoted cell write each quote twice, e.g. \""
                        + inner.replace("\"", "\"\"") + "\"", true));
                return;
            } else if (c == '"') {
                out.add(new RuleProblem(f.displayPath(), lineNo, i + 1, "a quote inside cell " + column(cell)
                        + " that does not start with one ('" + cellText(line, cellStart) + "'): write the whole cell"
                        + " in quotes and double each quote inside it, e.g. \"" + cellText(line, cellStart)
                        .replace("\"", "\"\"") + "\"", true));
                return;
            }
        }
        if (quoted) {
            out.add(new RuleProblem(f.displayPath(), lineNo, quoteAt + 1, "the quoted cell " + column(cell)
                    + " is not closed on its line: end it with a quote (a quote inside it is written twice)", true));
        }
    }

    /** The spreadsheet column letter of a cell (A, B, … Z, AA …), as a consultant sees the table. */
    static String column(int index) {
        StringBuilder s = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            s.insert(0, (char) ('A' + i % 26));
        }
        return s.toString();
    }

    /** The last quote of the cell that holds offset {@code from}: before the comma that ends it after a quote, or the line's end. */
    private static int lastQuote(String line, int from) {
        int end = from;
        for (int i = from; i < line.length(); i++) {
            if (line.charAt(i) == '"') {
                end = i;
                if (i + 1 == line.length() || line.charAt(i + 1) == ',') {
                    break;
                }
            }
        }
        return end;
    }

    private static String cellText(String line, int start) {
        int end = line.indexOf(',', start);
        return line.substring(start, end < 0 ? line.length() : end);
    }
}
