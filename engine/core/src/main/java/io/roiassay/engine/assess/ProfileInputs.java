package io.roiassay.engine.assess;

import io.roiassay.engine.facts.CaseFact;
import io.roiassay.engine.rules.RuleFile;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which case fields a pack's profile rules can read, so a resolved profile can be reused for every case
 * that agrees on them. Found from the rule text, conservatively: every {@link CaseFact} property whose name
 * (or getter) appears anywhere in a file with profile-phase rules counts as read. With the built-in pack
 * that is the industry text, employees, annual revenue, currency and deployment model. A profile rule that
 * binds the whole case fact to a variable could read anything: then nothing is cached.
 */
final class ProfileInputs {

    private static final Pattern PROFILE_DRL = Pattern.compile("agenda-group\\s+\"profile\"");
    /** A line that is only a comment: what it names is not read (a {@code //} inside a string is kept). */
    private static final Pattern WHOLE_LINE_COMMENT = Pattern.compile("(?m)^\\s*//.*$");
    /**
     * A string literal in a {@code .drl} file (Java escapes): a field named only inside text, such as an
     * assumption key {@code "uncertainty.crmShare.low"}, is not read. Tables keep their quoted cells, which
     * hold code.
     */
    private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:\\\\.|[^\"\\\\\\n])*\"");
    private static final Pattern NON_WORD = Pattern.compile("\\W+");
    private static final Pattern CASE_BOUND = Pattern.compile("\\$\\w+\\s*:\\s*CaseFact\\b");

    private final List<Method> getters;

    private ProfileInputs(List<Method> getters) {
        this.getters = getters;
    }

    /** The inputs of this pack's profile rules; null when they cannot be bounded (no caching then). */
    static ProfileInputs of(List<RuleFile> files) {
        StringBuilder text = new StringBuilder();
        for (RuleFile f : files) {
            if (f.path().endsWith(".drl.xlsx")) {
                return null; // a spreadsheet's text is not read here: be safe
            }
            boolean profile = f.path().endsWith(".drl.csv")
                    || (f.path().endsWith(".drl") && PROFILE_DRL.matcher(f.text()).find());
            if (profile) {
                if (CASE_BOUND.matcher(f.text()).find()) {
                    return null;
                }
                String code = WHOLE_LINE_COMMENT.matcher(f.text()).replaceAll("");
                if (f.path().endsWith(".drl")) {
                    code = STRING_LITERAL.matcher(code).replaceAll("\"\"");
                }
                text.append(code).append('\n');
            }
        }
        // The words of the profile rules' code (maximal runs of word characters, as a regex's \b sees them),
        // collected once: one look-up per case property instead of a regex scan of the whole text each.
        java.util.Set<String> words = new java.util.HashSet<>(List.of(NON_WORD.split(text)));
        List<Method> read = new ArrayList<>();
        for (Method m : CaseFact.class.getMethods()) {
            String property = property(m);
            if (property != null && (words.contains(property) || words.contains(m.getName()))) {
                read.add(m);
            }
        }
        read.sort(Comparator.comparing(Method::getName));
        return new ProfileInputs(List.copyOf(read));
    }

    private static String property(Method m) {
        if (m.getParameterCount() != 0 || m.getDeclaringClass() != CaseFact.class) {
            return null;
        }
        String n = m.getName();
        String rest = n.startsWith("get") ? n.substring(3) : n.startsWith("is") ? n.substring(2) : null;
        if (rest == null || rest.isEmpty()) {
            return null;
        }
        return rest.substring(0, 1).toLowerCase(Locale.ROOT) + rest.substring(1);
    }

    /** The names of the case properties in the key, for tests and docs. */
    List<String> names() {
        return getters.stream().map(ProfileInputs::property).toList();
    }

    /** The key of a case: the values of the properties the profile rules read. */
    List<Object> key(CaseFact c) {
        Object[] values = new Object[getters.size()];
        for (int i = 0; i < values.length; i++) {
            try {
                values[i] = getters.get(i).invoke(c);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return Arrays.asList(values);
    }
}
