package io.roiassay.engine.rules;

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
    record Source(String file, int row) {
    }

    private static final Source UNKNOWN = new Source("?", 0);

    /** Package → rule name → source; nested so a lookup per rule firing builds no key string. */
    private final Map<String, Map<String, Source>> fileOfRule;

    RuleIndex(List<RuleFile> files) {
        Map<String, Map<String, Source>> index = new HashMap<>();
        for (RuleFile f : files) {
            if (f.path().endsWith(".drl.csv") || f.path().endsWith(".drl.xlsx")) {
                for (DecisionTables.Row row : DecisionTables.rows(f)) {
                    index.computeIfAbsent(row.packageName(), k -> new HashMap<>())
                            .put(row.ruleName(), new Source(f.path(), row.row()));
                }
                continue;
            }
            if (!f.path().endsWith(".drl")) {
                continue;
            }
            String text = stripComments(f.text());
            Matcher pm = PACKAGE.matcher(text);
            String pkg = pm.find() ? pm.group(1) : "defaultpkg";
            Matcher rm = RULE.matcher(text);
            while (rm.find()) {
                String name = rm.group(1) != null ? rm.group(1).replace("\\\"", "\"")
                        : rm.group(2) != null ? rm.group(2) : rm.group(3);
                index.computeIfAbsent(pkg, k -> new HashMap<>()).put(name, new Source(f.path(), 0));
            }
        }
        index.replaceAll((pkg, rules) -> Map.copyOf(rules));
        this.fileOfRule = Map.copyOf(index);
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
