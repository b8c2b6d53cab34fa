package io.roiassay.engine.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a pack's profiles can be: the industries, segments and deployments its classify rules set (from their
 * {@code setIndustry("…")} calls), and the condition cells of its {@code .drl.csv} tables under the labels
 * {@code industry}, {@code segment}, {@code deployment} and {@code currency}. A table row whose condition names a
 * value no classify rule sets ({@code Retail}, {@code SaaS}, an industry nobody added) never applies, silently;
 * {@link #deadRows} warns about each. {@code rules check} also profiles a case for each combination
 * ({@code io.roiassay.engine.workflow.ProfileProbes}).
 */
public final class ProfileConditions {

    /** The classified dimensions a table row can name, by their label in the table. */
    public static final List<String> CLASSIFIED = List.of("industry", "segment", "deployment");

    private static final Pattern SETTER = Pattern.compile("\\bset(Industry|Segment|Deployment)\\s*\\(\\s*(?:\"([^\"]+)\"|([^)\"]+))\\)");

    private static final Pattern RULE_BLOCK = Pattern.compile("(?ms)^\\s*rule\\b.*?^\\s*end\\b");
    private static final Pattern INDUSTRY_TEXT = Pattern.compile("industryText\\s*(?:in\\s*\\(\\s*|==\\s*)\"([^\"]+)\"");
    private static final Pattern SETS_INDUSTRY = Pattern.compile("\\bsetIndustry\\s*\\(\\s*\"([^\"]+)\"");

    /**
     * For each industry a classify rule sets, a case text that classifies as it: the first alias the rule compares
     * the case's industry text with ({@code industryText in ("farming", "农业")} → farming), else the id itself.
     */
    public static Map<String, String> industryTexts(List<RuleFile> files) {
        Map<String, String> out = new java.util.TreeMap<>();
        for (RuleFile f : files) {
            if (!f.path().endsWith(".drl")) {
                continue;
            }
            Matcher block = RULE_BLOCK.matcher(f.text());
            while (block.find()) {
                Matcher sets = SETS_INDUSTRY.matcher(block.group());
                if (sets.find()) {
                    Matcher text = INDUSTRY_TEXT.matcher(block.group());
                    out.putIfAbsent(sets.group(1), text.find() ? text.group(1) : sets.group(1));
                }
            }
        }
        return out;
    }

    /** A table's condition cell: its file, 1-based line and column, label and value. */
    public record Cell(RuleFile file, int line, int column, String label, String value) {
    }

    private ProfileConditions() {
    }

    /**
     * For each of industry, segment and deployment, the values the pack's rules set, sorted. A rule that sets a
     * deployment from the case ({@code setDeployment($model)}) sets one of the case format's models; a rule that sets
     * an industry or segment from a variable leaves the values unknown: that dimension maps to null.
     */
    public static Map<String, TreeSet<String>> classified(List<RuleFile> files) {
        Map<String, TreeSet<String>> out = new LinkedHashMap<>();
        CLASSIFIED.forEach(d -> out.put(d, new TreeSet<>()));
        for (RuleFile f : files) {
            if (f.path().endsWith(".drl.xlsx") || f.path().endsWith(".drl.csv")) {
                // a table that classifies: its values are cells this reading does not follow
                Matcher m = SETTER.matcher(f.path().endsWith(".csv") ? f.text() : "");
                while (m.find()) {
                    out.put(m.group(1).toLowerCase(java.util.Locale.ROOT), null);
                }
            } else if (f.path().endsWith(".drl")) {
                Matcher m = SETTER.matcher(f.text());
                while (m.find()) {
                    String dimension = m.group(1).toLowerCase(java.util.Locale.ROOT);
                    if (m.group(2) != null) {
                        out.computeIfPresent(dimension, (d, values) -> {
                            values.add(m.group(2));
                            return values;
                        });
                    } else if (dimension.equals("deployment")) {
                        for (var model : io.roiassay.engine.model.DeploymentModel.values()) {
                            out.get(dimension).add(model.id());
                        }
                    } else {
                        out.put(dimension, null);
                    }
                }
            }
        }
        return out;
    }

    /**
     * Every condition cell under an {@code industry}, {@code segment}, {@code deployment} or {@code currency} label
     * in the pack's CSV tables, except empty and {@code any} (no condition). A table's label row is the fourth after
     * its {@code RuleTable} line; its rows run to the next blank line or table.
     */
    public static List<Cell> cells(List<RuleFile> files) {
        List<Cell> out = new ArrayList<>();
        for (RuleFile f : files) {
            if (!f.path().endsWith(".drl.csv")) {
                continue;
            }
            for (TableLint.Row row : TableLint.rows(f)) {
                for (int c = 0; c < row.cells().size() && c < row.labels().size() && c < row.kinds().size(); c++) {
                    String label = row.labels().get(c).strip().toLowerCase(java.util.Locale.ROOT);
                    String value = row.cell(c);
                    // only a column that compares one value ("retail"), as the built-in tables do; a custom
                    // snippet (industry in ($param)) can take a list, which this reading cannot follow
                    String snippet = c < row.code().size() ? row.code().get(c).replaceAll("\\s+", "") : "";
                    boolean plain = snippet.equals(label + "Is(\"$param\")") || snippet.equals(label + "==\"$param\"");
                    if (row.kinds().get(c).strip().equalsIgnoreCase("CONDITION") && plain && (CLASSIFIED.contains(label)
                            || label.equals("currency")) && !value.isEmpty() && !value.equals("any")) {
                        out.add(new Cell(f, row.line(), row.column(c), label, value));
                    }
                }
            }
        }
        return out;
    }

    /** A warning for each condition cell naming an industry, segment or deployment no rule of the pack sets. */
    public static List<RuleProblem> deadRows(List<RuleFile> files) {
        Map<String, TreeSet<String>> known = classified(files);
        List<RuleProblem> out = new ArrayList<>();
        for (Cell c : cells(files)) {
            TreeSet<String> values = known.get(c.label());
            if (values != null && !values.isEmpty() && !values.contains(c.value())) {
                out.add(new RuleProblem(c.file().displayPath(), c.line(), c.column(), c.label() + " '" + c.value()
                        + "' is not one the classify rules set (" + String.join(", ", values) + "), so this row never"
                        + " applies" + (c.label().equals("industry") ? "; a new industry also needs a classify rule"
                        + " (rules/profiles/industries.drl)" : ""), false));
            }
        }
        return out;
    }

    /**
     * The problem a rule failure's message points at: {@code rule 'NAME' (FILE, row N)} or {@code (FILE)} as the
     * engine writes them, located at the table row or the rule's line; null when the message names no pack file.
     */
    public static RuleProblem locate(List<RuleFile> files, String message) {
        Matcher m = WHERE.matcher(message);
        while (m.find()) {
            for (RuleFile f : files) {
                if (!f.path().equals(m.group(2))) {
                    continue;
                }
                if (m.group(3) != null) {
                    return new RuleProblem(f.displayPath(), Integer.parseInt(m.group(3)), 0, message, true);
                }
                int[] at = RuleLint.locate(f.text(), m.group(1));
                return new RuleProblem(f.displayPath(), at[0], at[1], message, true);
            }
        }
        return null;
    }

    private static final Pattern WHERE = Pattern.compile("rule '(.*?)' \\(([^(),]+)(?:, (?:row|line) (\\d{1,9}))?\\)");

}
