package io.roiassay.engine.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which file (and, for a decision table, which row) each rule comes from, read from the rule files
 * themselves: {@code package} and {@code rule} declarations of a {@code .drl}, the {@code RuleSet},
 * {@code RuleTable} and {@code NAME} cells of a {@code .drl.csv} / {@code .drl.xlsx} decision table.
 * Independent of how Drools compiled the pack (from source or from a cached executable model, where rules
 * carry no source resource), so every judgment names its file either way.
 */
final class RuleIndex {

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;?", Pattern.MULTILINE);
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'|([\\w$]+))",
            Pattern.MULTILINE);

    /** Where a rule comes from: its pack-relative file and, for a decision-table row, the row (else 0). */
    /** A rule's file and its decision-table row, or its line in a {@code .drl} (the other 0). */
    record Source(String file, int row, int line) {

        Source(String file, int row) {
            this(file, row, 0);
        }

        /** As a failure names it: {@code file, row 10} or {@code file, line 12}. */
        String where() {
            return file + (row > 0 ? ", row " + row : line > 0 ? ", line " + line : "");
        }
    }

    private static final Source UNKNOWN = new Source("?", 0);

    /** Package → rule name → source; nested so a lookup per rule firing builds no key string. */
    private final Map<String, Map<String, Source>> fileOfRule;

    RuleIndex(List<RuleFile> files) {
        Map<String, Map<String, Source>> index = new HashMap<>();
        for (RuleFile f : files) {
            for (Declared d : declared(f)) {
                index.computeIfAbsent(d.packageName(), k -> new HashMap<>()).put(d.ruleName(), new Source(f.path(), d.row(), d.line()));
            }
        }
        index.replaceAll((pkg, rules) -> Map.copyOf(rules));
        this.fileOfRule = Map.copyOf(index);
    }

    /** A rule as its file declares it: package, name, and its {@code .drl} line or its table row (the other 0). */
    record Declared(String packageName, String ruleName, int line, int row) {
    }

    /** The rules a rule file declares, in file order; none for a file that is not a rule source. */
    static List<Declared> declared(RuleFile f) {
        List<Declared> out = new ArrayList<>();
        if (f.path().endsWith(".drl.csv") || f.path().endsWith(".drl.xlsx")) {
            for (DecisionTables.Row row : DecisionTables.rows(f)) {
                out.add(new Declared(row.packageName(), row.ruleName(), 0, row.row()));
            }
        } else if (f.path().endsWith(".drl")) {
            String text = stripComments(f.text()); // keeps every line break, so lines count as in the file
            Matcher pm = PACKAGE.matcher(text);
            String pkg = pm.find() ? pm.group(1) : "defaultpkg";
            Matcher rm = RULE.matcher(text);
            int line = 1;
            int counted = 0;
            while (rm.find()) {
                int group = rm.group(1) != null ? 1 : rm.group(2) != null ? 2 : 3;
                String name = group == 1 ? rm.group(1).replace("\\\"", "\"") : rm.group(group);
                for (; counted < rm.start(group); counted++) {
                    line += text.charAt(counted) == '\n' ? 1 : 0;
                }
                out.add(new Declared(pkg, name, line, 0));
            }
        }
        return out;
    }

    /** The pack-relative file of a rule, or "?" when unknown. */
    String fileOf(String packageName, String ruleName) {
        return sourceOf(packageName, ruleName).file();
    }

    /** The file and table row of a rule; file "?" when unknown. */
    Source sourceOf(String packageName, String ruleName) {
        Map<String, Source> rules = fileOfRule.get(packageName);
        Source source = rules == null ? null : rules.get(ruleName);
        return source == null ? UNKNOWN : source;
    }

    /** Blanks out comments so a commented-out rule is not indexed, keeping line structure. */
    private static String stripComments(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        boolean inString = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\' && i + 1 < text.length()) {
                    out.append(text.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
                i++;
            } else if (c == '"') {
                inString = true;
                out.append(c);
                i++;
            } else if (text.startsWith("//", i)) {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? text.length() : end + 2;
                for (int k = i; k < end; k++) {
                    if (text.charAt(k) == '\n') {
                        out.append('\n');
                    }
                }
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
