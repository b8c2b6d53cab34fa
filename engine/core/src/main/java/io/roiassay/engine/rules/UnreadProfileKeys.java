package io.roiassay.engine.rules;

import io.roiassay.engine.errors.Suggestions;
import io.roiassay.engine.facts.ProfileKeys;
import io.roiassay.engine.facts.SmeThresholds;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The other half of {@link ProfileKeyLint}: a profile key a rule or table row <em>sets</em> that nothing reads — no
 * rule of the pack, no engine step, no loaded plugin — so the value it gives is lost and the built-in value stays
 * (a review's table set {@code adoptionThreshhold}: the built-in 0.7 was used, and the client's source note landed
 * on it). And a note a table gives for a key it does not set: the note then describes another rule's value.
 * Warnings, at the file, line and column of the key, with the nearest key that is read.
 */
public final class UnreadProfileKeys {

    private static final Pattern KEY_NOTE = Pattern.compile("\\bnote\\s*\\(\\s*\"{1,2}([A-Za-z0-9._-]+)\"");
    private static final Pattern KEY_READ = Pattern.compile("\\b(?:number|text|has|noteText|fromCase)\\s*\\(\\s*\"([A-Za-z0-9._-]+)\"\\s*\\)");

    private UnreadProfileKeys() {
    }

    /**
     * Warnings for the pack's {@code .drl} and {@code .drl.csv} files.
     *
     * @param pluginKeys the assumption keys the loaded plugins declare (a profile may set them)
     */
    public static List<RuleProblem> check(List<RuleFile> files, Set<String> pluginKeys) {
        Set<String> read = new TreeSet<>(SmeThresholds.KEYS); // the required keys are ProfileKeys.readByEngine's
        read.addAll(pluginKeys);
        for (RuleFile f : files) {
            if (isText(f)) {
                Matcher m = KEY_READ.matcher(ProfileKeyLint.source(f));
                while (m.find()) {
                    read.add(m.group(1));
                }
            }
        }
        List<RuleProblem> out = new ArrayList<>();
        for (RuleFile f : files) {
            if (!isText(f)) {
                continue;
            }
            String text = ProfileKeyLint.source(f);
            Set<String> setHere = new TreeSet<>();
            Matcher m = ProfileKeyLint.KEY_SET.matcher(text);
            while (m.find()) {
                String key = m.group(1);
                setHere.add(key);
                if (!read.contains(key) && !ProfileKeys.readByEngine(key)) {
                    String near = Suggestions.nearest(key, known(read));
                    warn(out, f, text, m.start(1), "profile key \"" + key + "\" is set here, but no rule, engine step or"
                            + " plugin reads it, so the value is lost and the built-in one stays"
                            + (near != null ? "; did you mean \"" + near + "\"?" : ""));
                }
            }
            Matcher n = KEY_NOTE.matcher(text);
            while (n.find()) {
                String key = n.group(1);
                if (!setHere.contains(key)) {
                    String near = Suggestions.nearest(key, setHere);
                    warn(out, f, text, n.start(1), "a note for profile key \"" + key + "\", which this file does not set:"
                            + " the note would describe the value another rule set"
                            + (near != null ? "; the file sets \"" + near + "\"" : ""));
                }
            }
        }
        return out;
    }

    private static boolean isText(RuleFile f) {
        return f.path().endsWith(".drl") || f.path().endsWith(".drl.csv");
    }

    private static Set<String> known(Set<String> read) {
        Set<String> keys = new TreeSet<>(read);
        keys.addAll(ProfileKeys.engineKeys());
        return keys;
    }

    private static void warn(List<RuleProblem> out, RuleFile f, String text, int offset, String message) {
        int[] lc = Located.lineColumn(text, offset);
        out.add(new RuleProblem(f.displayPath(), lc[0], lc[1], message, false));
    }
}
