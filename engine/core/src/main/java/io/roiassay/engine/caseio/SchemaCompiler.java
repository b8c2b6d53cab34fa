package io.roiassay.engine.caseio;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Turns a JSON Schema (draft 2020-12) tree into one predicate per (sub)schema, keyword by keyword, with the
 * meaning networknt gives each keyword. It implements exactly the keywords the case schema uses and refuses
 * anything else ({@link Unsupported}): a keyword it does not know, a boolean schema, a {@code $ref} other
 * than {@code #/$defs/name}, a pattern with a backslash.
 */
final class SchemaCompiler {

    /** The only dialect compiled: the one {@link SchemaValidator} validates with. */
    static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

    private static final Set<String> ANNOTATIONS = Set.of("title", "description", "$comment");
    private static final Set<String> ROOT_ONLY = Set.of("$schema", "$id", "$defs");
    private static final Set<String> OBJECT_KEYWORDS = Set.of("properties", "patternProperties",
            "additionalProperties", "required");
    private static final String DEFS_PREFIX = "#/$defs/";

    /** The schema uses something this compiler does not implement. */
    static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;

        Unsupported(String what) {
            super(what, null, false, false);
        }
    }

    /** A {@code $defs} entry, filled once compiled, so references may come before (or inside) their target. */
    private static final class Definition implements Predicate<JsonNode> {
        private Predicate<JsonNode> target;

        @Override
        public boolean test(JsonNode node) {
            return target.test(node);
        }
    }

    private final Map<String, Definition> definitions = new HashMap<>();

    private SchemaCompiler() {
    }

    /** The predicate for the whole schema {@code root}. */
    static Predicate<JsonNode> compile(JsonNode root) throws Unsupported {
        if (!root.isObject()) {
            throw new Unsupported("the schema is not an object");
        }
        JsonNode dialect = root.get("$schema");
        if (dialect == null || !DRAFT_2020_12.equals(dialect.textValue())) {
            throw new Unsupported("$schema is not draft 2020-12");
        }
        JsonNode id = root.get("$id");
        if (id != null && !id.isTextual()) {
            throw new Unsupported("$id");
        }
        SchemaCompiler compiler = new SchemaCompiler();
        JsonNode defs = root.get("$defs");
        if (defs != null) {
            if (!defs.isObject()) {
                throw new Unsupported("$defs");
            }
            for (Iterator<String> names = defs.fieldNames(); names.hasNext(); ) {
                compiler.definitions.put(names.next(), new Definition());
            }
            // Every definition is compiled, used or not, so an unknown keyword anywhere disables the check.
            for (Iterator<Map.Entry<String, JsonNode>> it = defs.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> def = it.next();
                compiler.definitions.get(def.getKey()).target = compiler.schema(def.getValue(), false);
            }
        }
        return compiler.schema(root, true);
    }

    private Predicate<JsonNode> schema(JsonNode schema, boolean root) throws Unsupported {
        if (!schema.isObject()) {
            throw new Unsupported("a schema that is not an object");
        }
        JsonNode typeNode = schema.get("type");
        boolean integer = typeNode != null && "integer".equals(typeNode.textValue());
        List<Predicate<JsonNode>> checks = new ArrayList<>();
        boolean object = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String keyword = entry.getKey();
            JsonNode value = entry.getValue();
            switch (keyword) {
                case "type" -> checks.add(ValueChecks.type(value));
                case "const" -> checks.add(ValueChecks.constant(value));
                case "enum" -> checks.add(ValueChecks.oneOfStrings(value));
                case "pattern" -> checks.add(ValueChecks.pattern(value));
                case "minLength" -> checks.add(ValueChecks.minLength(count(keyword, value)));
                case "maxLength" -> checks.add(ValueChecks.maxLength(count(keyword, value)));
                case "minimum" -> checks.add(ValueChecks.minimum(number(keyword, value), integer));
                case "maximum" -> checks.add(ValueChecks.maximum(number(keyword, value), integer));
                case "minItems" -> checks.add(ValueChecks.minItems(count(keyword, value)));
                case "maxItems" -> checks.add(ValueChecks.maxItems(count(keyword, value)));
                case "uniqueItems" -> checks.add(ValueChecks.uniqueItems(flag(keyword, value)));
                case "items" -> checks.add(ValueChecks.items(schema(value, false)));
                case "$ref" -> checks.add(reference(value));
                default -> {
                    if (OBJECT_KEYWORDS.contains(keyword)) {
                        object = true;
                    } else if (!ANNOTATIONS.contains(keyword) && !(root && ROOT_ONLY.contains(keyword))) {
                        throw new Unsupported(keyword);
                    }
                }
            }
        }
        if (object) {
            checks.add(objectCheck(schema));
        }
        return ValueChecks.all(checks);
    }

    private Predicate<JsonNode> objectCheck(JsonNode schema) throws Unsupported {
        ObjectCheck.Builder object = new ObjectCheck.Builder();
        JsonNode properties = schema.get("properties");
        if (properties != null) {
            if (!properties.isObject()) {
                throw new Unsupported("properties");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> p = it.next();
                object.property(p.getKey(), schema(p.getValue(), false));
            }
        }
        JsonNode patterns = schema.get("patternProperties");
        if (patterns != null) {
            if (!patterns.isObject()) {
                throw new Unsupported("patternProperties");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = patterns.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> p = it.next();
                object.patternProperty(Regexes.compile(p.getKey()), schema(p.getValue(), false));
            }
        }
        JsonNode additional = schema.get("additionalProperties");
        if (additional != null) {
            if (additional.isBoolean()) {
                object.additionalAllowed(additional.booleanValue());
            } else {
                object.additional(schema(additional, false));
            }
        }
        JsonNode required = schema.get("required");
        if (required != null) {
            if (!required.isArray()) {
                throw new Unsupported("required");
            }
            for (JsonNode name : required) {
                if (!name.isTextual()) {
                    throw new Unsupported("required");
                }
                object.required(name.textValue());
            }
        }
        return object.build();
    }

    private Predicate<JsonNode> reference(JsonNode ref) throws Unsupported {
        String text = ref.textValue();
        if (text == null || !text.startsWith(DEFS_PREFIX)) {
            throw new Unsupported("$ref " + ref);
        }
        String name = text.substring(DEFS_PREFIX.length());
        Definition target = definitions.get(name);
        // A name needing JSON-pointer or URI escapes is refused rather than decoded.
        if (target == null || !name.matches("[A-Za-z0-9_-]+")) {
            throw new Unsupported("$ref " + text);
        }
        return target;
    }

    private static int count(String keyword, JsonNode value) throws Unsupported {
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 0) {
            throw new Unsupported(keyword);
        }
        return value.intValue();
    }

    private static JsonNode number(String keyword, JsonNode value) throws Unsupported {
        if (!value.isIntegralNumber() && !value.isBigDecimal()
                && !(value.isDouble() && Double.isFinite(value.doubleValue()))) {
            throw new Unsupported(keyword);
        }
        return value;
    }

    private static boolean flag(String keyword, JsonNode value) throws Unsupported {
        if (!value.isBoolean()) {
            throw new Unsupported(keyword);
        }
        return value.booleanValue();
    }
}
