package io.roiassay.engine.rules;

import io.roiassay.engine.errors.Suggestions;
import io.roiassay.engine.facts.ProfileKeys;
import io.roiassay.engine.facts.SmeThresholds;
import io.roiassay.engine.model.CostCategory;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Part of {@link SourceLint}: a profile key a rule reads that nothing in the pack or the engine sets, so the rule
 * silently never fires. Knows the keys the pack's rules and tables set from their text.
 */
final class ProfileKeyLint {

    private static final Pattern KEY_READ = Pattern.compile("\\b(number|text|has)\\s*\\(\\s*\"([A-Za-z0-9._-]+)\"\\s*\\)");
    /** A key set by name: {@code $p.set("typicalGrossMargin", …)}, in a table {@code $p.set(""typicalGrossMargin"", …)}. */
    static final Pattern KEY_SET = Pattern.compile("\\bset(?:Text)?\\s*\\(\\s*\"{1,2}([A-Za-z0-9._-]+)\"");
    /** A set whose key is not a literal; SmeThresholds.set($p, …) is the engine's own (its keys are listed). */
    private static final Pattern ANY_KEY_SET = Pattern.compile("(?<!SmeThresholds\\.)\\bset(?:Text)?\\s*\\(\\s*[^\\s\")]");

    private final List<RuleFile> files;
    private Set<String> setKeys;

    ProfileKeyLint(List<RuleFile> files) {
        this.files = files;
    }

    /**
     * A profile key a rule reads ({@code number("adoptionThreshhold")}) that no rule, table or the engine sets: the
     * value is never there, so the rule never fires, silently. A warning, with the nearest key that is set.
     */
    void check(Located at) {
        if (setKeys() == null) {
            return; // keys set by a spreadsheet table or from a variable: which keys exist is not known from the text
        }
        Matcher m = KEY_READ.matcher(at.masked());
        while (m.find()) {
            String key = m.group(2);
            if (m.group(1).equals("has") && CostCategory.of(key) != null) {
                continue; // CaseTotals.has("license"): a cost category, not a profile key
            }
            if (!setKeys().contains(key)) {
                String near = Suggestions.nearest(key, setKeys());
                at.warning(m.start(2) - 1, "profile key \"" + key + "\" is set by no rule, table or the engine, so the"
                        + " profile has it only when a case sets it (assumptions.values)"
                        + (near != null ? "; did you mean \"" + near + "\"?" : ""));
            }
        }
    }

    /** The text to search for keys: a {@code .drl} with its comments masked (prose mentions keys), a table as it is. */
    static String source(RuleFile f) {
        return f.path().endsWith(".drl") ? Located.maskComments(f.text()) : f.text();
    }

    private boolean setKeysRead;

    /**
     * Every profile key the pack's rules and tables set, the keys the engine needs and those it sets itself; null
     * when that cannot be read from the text (a spreadsheet table, a key set from a variable).
     */
    private Set<String> setKeys() {
        if (!setKeysRead) {
            setKeysRead = true;
            Set<String> keys = new TreeSet<>(ProfileKeys.required());
            keys.addAll(SmeThresholds.KEYS);
            for (RuleFile f : files) {
                if (f.path().endsWith(".drl.xlsx")) {
                    return null;
                }
                if (f.path().endsWith(".drl") || f.path().endsWith(".drl.csv")) {
                    // comments are prose: "a set (of lines)" in one is no key set from a variable
                    String text = source(f);
                    long literal = KEY_SET.matcher(text).results().count();
                    if (ANY_KEY_SET.matcher(text).results().count() > literal) {
                        return null;
                    }
                    Matcher m = KEY_SET.matcher(text);
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                }
            }
            setKeys = keys;
        }
        return setKeys;
    }
}
