package io.roiassay.engine.caseio;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The object keywords of one schema, checked together: {@code properties}, {@code patternProperties},
 * {@code additionalProperties} (a property is additional when no {@code properties} entry names it and no
 * pattern is found in its name) and {@code required} (present, even if null). Values that are not objects pass.
 */
final class ObjectCheck implements Predicate<JsonNode> {

    private static final Predicate<JsonNode> ALLOW_ALL = node -> true;

    private final String[] names;
    private final Predicate<JsonNode>[] propertyChecks;
    private final Map<String, Predicate<JsonNode>> byName;
    private final Pattern[] patterns;
    private final Predicate<JsonNode>[] patternChecks;
    /** Null: additional properties are refused; otherwise their schema ({@code true} passes all). */
    private final Predicate<JsonNode> additional;
    private final String[] required;
    private final boolean scanFields;

    private ObjectCheck(Builder b) {
        this.names = b.byName.keySet().toArray(new String[0]);
        @SuppressWarnings("unchecked")
        Predicate<JsonNode>[] checks = new Predicate[names.length];
        for (int i = 0; i < names.length; i++) {
            checks[i] = b.byName.get(names[i]);
        }
        this.propertyChecks = checks;
        this.byName = new HashMap<>(b.byName);
        this.patterns = b.patterns.toArray(new Pattern[0]);
        @SuppressWarnings("unchecked")
        Predicate<JsonNode>[] patternChecks = b.patternChecks.toArray(new Predicate[0]);
        this.patternChecks = patternChecks;
        this.additional = b.additional;
        this.required = b.required.toArray(new String[0]);
        this.scanFields = patterns.length > 0 || additional != ALLOW_ALL;
    }

    @Override
    public boolean test(JsonNode node) {
        if (!node.isObject()) {
            return true;
        }
        for (String name : required) {
            if (node.get(name) == null) {
                return false;
            }
        }
        for (int i = 0; i < names.length; i++) {
            JsonNode value = node.get(names[i]);
            if (value != null && !propertyChecks[i].test(value)) {
                return false;
            }
        }
        if (scanFields) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!otherKeywords(field.getKey(), field.getValue())) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean otherKeywords(String name, JsonNode value) {
        boolean matched = false;
        for (int i = 0; i < patterns.length; i++) {
            if (patterns[i].matcher(name).find()) {
                matched = true;
                if (!patternChecks[i].test(value)) {
                    return false;
                }
            }
        }
        if (matched || byName.containsKey(name)) {
            return true;
        }
        return additional != null && additional.test(value);
    }

    /** Collects one schema's object keywords. */
    static final class Builder {
        private final Map<String, Predicate<JsonNode>> byName = new HashMap<>();
        private final List<Pattern> patterns = new ArrayList<>();
        private final List<Predicate<JsonNode>> patternChecks = new ArrayList<>();
        private Predicate<JsonNode> additional = ALLOW_ALL;
        private final List<String> required = new ArrayList<>();

        void property(String name, Predicate<JsonNode> check) {
            byName.put(name, check);
        }

        void patternProperty(Pattern pattern, Predicate<JsonNode> check) {
            patterns.add(pattern);
            patternChecks.add(check);
        }

        void additionalAllowed(boolean allowed) {
            additional = allowed ? ALLOW_ALL : null;
        }

        void additional(Predicate<JsonNode> check) {
            additional = check;
        }

        void required(String name) {
            required.add(name);
        }

        ObjectCheck build() {
            return new ObjectCheck(this);
        }
    }
}
