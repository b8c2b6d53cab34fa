package io.roiassay.engine.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Mistakes in a pack's {@code .drl.csv} decision tables that Drools compiles without a word, or reports against
 * the table's header: a row with no condition at all (Drools leaves out the pattern its actions name, and says
 * "$p cannot be resolved" at the header), a source cell whose value cell is empty (the note would be shown
 * beside the value another row sets, credited to that row), and two rows with the same conditions and priority
 * that both set a key (which one wins is Drools' choice, not the consultant's). Each names the file, line and
 * column of the cell.
 */
final class TableLint {

    /** One data row of a table: its file, line, cells and the cells' start columns, and its table's header rows. */
    record Row(RuleFile file, int line, List<String> cells, int[] starts, List<String> kinds, List<String> code,
               List<String> labels) {

        String cell(int c) {
            return c < cells.size() ? cells.get(c).strip() : "";
        }

        int column(int c) {
            return c < starts.length ? starts[c] + 1 : 0;
        }
    }

    private TableLint() {
    }

    static List<RuleProblem> check(List<RuleFile> files) {
        List<RuleProblem> out = new ArrayList<>();
        Map<String, List<Row>> byConditions = new LinkedHashMap<>();
        for (RuleFile f : files) {
            if (!f.path().endsWith(".drl.csv")) {
                continue;
            }
            for (Row row : rows(f)) {
                checkRow(row, out);
                byConditions.computeIfAbsent(conditions(row), k -> new ArrayList<>()).add(row);
            }
        }
        byConditions.values().stream().filter(rows -> rows.size() > 1).forEach(rows -> duplicates(rows, out));
        return out;
    }

    private static void checkRow(Row row, List<RuleProblem> out) {
        boolean anyCondition = false;
        boolean hasCondition = false;
        int firstCondition = -1;
        for (int c = 0; c < row.kinds().size(); c++) {
            if (row.kinds().get(c).strip().equalsIgnoreCase("CONDITION")) {
                hasCondition = true;
                firstCondition = firstCondition < 0 ? c : firstCondition;
                anyCondition |= !row.cell(c).isEmpty();
            }
        }
        if (hasCondition && !anyCondition) {
            out.add(new RuleProblem(row.file().displayPath(), row.line(), row.column(firstCondition), "the row \""
                    + row.cell(0) + "\" has no condition: an empty cell is no condition, and with none Drools leaves out"
                    + " the pattern its actions use; write any in column " + label(row, firstCondition)
                    + " to make it apply to every case", true));
        }
        shiftedCells(row, out);
        notNumbers(row, out);
        for (int c = 0; c < row.labels().size(); c++) {
            String label = row.labels().get(c).strip();
            if (!label.endsWith(" source") || row.cell(c).isEmpty()) {
                continue;
            }
            int value = row.labels().indexOf(label.substring(0, label.length() - " source".length()));
            if (value >= 0 && row.cell(value).isEmpty()) {
                out.add(new RuleProblem(row.file().displayPath(), row.line(), row.column(c), "the row \"" + row.cell(0)
                        + "\" gives a source for " + row.labels().get(value).strip() + " but no value: the report would show"
                        + " this source beside the value another row sets; give the value in column "
                        + label(row, value) + ", or clear the source", true));
            }
        }
    }

    private static final java.util.regex.Pattern WHOLE = java.util.regex.Pattern.compile("-?\\d+");

    /**
     * Cells shifted by an unquoted comma: a decimal comma ({@code 0,28}) splits one number over a value cell and the
     * source cell after it, so the value reads 0 and every later cell moves one column (a review's margin became 0,
     * its source "28", with 0 warnings); a row with more cells than the table has columns was shifted the same way.
     */
    private static void shiftedCells(Row row, List<RuleProblem> out) {
        for (int c = 0; c + 1 < row.labels().size(); c++) {
            String next = row.labels().get(c + 1).strip();
            if (next.equals(row.labels().get(c).strip() + " source") && WHOLE.matcher(row.cell(c)).matches()
                    && row.cell(c + 1).matches("\\d+")) {
                out.add(new RuleProblem(row.file().displayPath(), row.line(), row.column(c), "the row \"" + row.cell(0)
                        + "\" gives " + row.labels().get(c).strip() + " as '" + row.cell(c) + "' and its source as '"
                        + row.cell(c + 1) + "': a decimal comma (" + row.cell(c) + "," + row.cell(c + 1) + ") splits the"
                        + " number over two cells and shifts every cell after it; write " + row.cell(c) + "."
                        + row.cell(c + 1) + " in column " + label(row, c), true));
                return;
            }
        }
        for (int c = row.labels().size(); c < row.cells().size(); c++) {
            if (!row.cell(c).isEmpty()) {
                out.add(new RuleProblem(row.file().displayPath(), row.line(), row.column(c), "the row \"" + row.cell(0)
                        + "\" has a cell beyond the table's last column ('" + row.cell(c) + "'): an unquoted comma in"
                        + " one of its cells (a decimal comma, or a source such as \"accounts, 2025\") shifted the cells;"
                        + " write numbers with a point and put a cell with a comma in quotes", true));
                return;
            }
        }
    }

    /**
     * A cell its column's action reads as a number ({@code new BigDecimal("$param")}) that is not one: named at the
     * cell with the number meant, instead of a Java message at the row when a case reaches it ({@code "0,28"}, quoted,
     * or a word).
     */
    private static void notNumbers(Row row, List<RuleProblem> out) {
        for (int c = 0; c < row.code().size() && c < row.cells().size(); c++) {
            String v = row.cell(c);
            // a cell with code in it (quotes, brackets) is the code checks' to judge: it is an injection, not a typo
            if (v.isEmpty() || v.matches(".*[\"();{}].*")
                    || !row.code().get(c).replace(" ", "").contains("BigDecimal(\"$param\")")) {
                continue;
            }
            try {
                new java.math.BigDecimal(v);
            } catch (NumberFormatException e) {
                String point = v.replace(',', '.');
                boolean decimalComma = !point.equals(v) && point.matches("-?\\d+(\\.\\d+)?");
                out.add(new RuleProblem(row.file().displayPath(), row.line(), row.column(c), "the row \"" + row.cell(0)
                        + "\" gives " + label(row, c) + " as '" + v + "', which is not a number: write "
                        + (decimalComma ? point + " (a decimal point, not a comma)" : "a number such as 0.28"), true));
            }
        }
    }

    private static void duplicates(List<Row> rows, List<RuleProblem> out) {
        Row first = rows.get(0);
        for (Row later : rows.subList(1, rows.size())) {
            TreeSet<String> both = new TreeSet<>();
            for (int c = 0; c < later.labels().size(); c++) {
                String label = later.labels().get(c).strip();
                int inFirst = first.labels().indexOf(later.labels().get(c));
                if (later.kinds().size() > c && later.kinds().get(c).strip().equalsIgnoreCase("ACTION")
                        && !label.endsWith(")") && !label.endsWith(" source") && !later.cell(c).isEmpty()
                        && inFirst >= 0 && !first.cell(inFirst).isEmpty()) {
                    both.add(label);
                }
            }
            if (!both.isEmpty()) {
                out.add(new RuleProblem(later.file().displayPath(), later.line(), later.column(0), "the rows \""
                        + first.cell(0) + "\" (" + first.file().displayPath() + ":" + first.line() + ") and \""
                        + later.cell(0) + "\" have the same conditions and priority and both set " + String.join(", ", both)
                        + ": which one wins is not defined; give the one that should win a lower priority", false));
            }
        }
    }

    /** The row's conditions by label (empty and any alike) and its priority: rows that apply to the same cases alike. */
    private static String conditions(Row row) {
        StringBuilder key = new StringBuilder();
        for (int c = 0; c < row.kinds().size(); c++) {
            String kind = row.kinds().get(c).strip().toUpperCase(Locale.ROOT);
            // conditions, priority, and what else decides whether and when a row fires (ENABLED, DATE-EFFECTIVE,
            // ACTIVATION-GROUP, AGENDA-GROUP …): everything but its name, its actions and descriptions
            if (!kind.isEmpty() && !kind.equals("ACTION") && !kind.equals("NAME") && !kind.equals("DESCRIPTION")) {
                String value = row.cell(c);
                key.append(c < row.labels().size() ? row.labels().get(c).strip() : c).append('=')
                        .append(value.equals("any") ? "" : value).append('\u0000');
            }
        }
        return key.toString();
    }

    private static String label(Row row, int c) {
        String letter = c < 26 ? String.valueOf((char) ('A' + c)) : "A" + (char) ('A' + c - 26);
        return letter + (c < row.labels().size() ? " (" + row.labels().get(c).strip() + ")" : "");
    }

    /** The data rows of each table: after the label row, the fourth after {@code RuleTable}, to a blank line or table. */
    static List<Row> rows(RuleFile f) {
        List<Row> out = new ArrayList<>();
        String[] lines = f.text().split("\\R", -1);
        for (int t = 0; t + 4 < lines.length; t++) {
            if (!DecisionTables.cells(lines[t]).get(0).startsWith("RuleTable")) {
                continue;
            }
            List<String> kinds = DecisionTables.cells(lines[t + 1]);
            List<String> code = DecisionTables.cells(lines[t + 3]);
            List<String> labels = DecisionTables.cells(lines[t + 4]);
            for (int r = t + 5; r < lines.length && !lines[r].replace(",", "").isBlank()
                    && !DecisionTables.cells(lines[r]).get(0).startsWith("RuleTable"); r++) {
                out.add(new Row(f, r + 1, DecisionTables.cells(lines[r]), starts(lines[r]), kinds, code, labels));
            }
        }
        return out;
    }

    /** Each cell's 0-based start offset in a CSV line, as {@link DecisionTables#cells} splits it. */
    private static int[] starts(String line) {
        List<Integer> out = new ArrayList<>(List.of(0));
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(i + 1);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
