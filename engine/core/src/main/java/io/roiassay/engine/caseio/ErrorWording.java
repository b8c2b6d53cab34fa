package io.roiassay.engine.caseio;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rewords networknt's schema errors in our own words: the field, what was expected and what was found.
 * The expectation is read from the schema itself (the keyword's sibling type, minimum, maximum, enum …),
 * so the wording stays right when the schema changes; schema URIs never reach the user.
 */
final class ErrorWording {

    /** Patterns of the schema, described for people who do not read regular expressions. */
    private static final Map<String, String> PATTERNS = Map.of(
            "^[a-z0-9][a-z0-9._-]*$", "an id of lowercase letters, digits, '.', '_' or '-', "
                    + "starting with a letter or digit",
            "^[A-Z]{3}$", "a three-letter ISO 4217 currency code in capitals, such as CNY",
            "^[a-z][a-z0-9-]*$", "a plugin id of lowercase letters, digits and '-', starting with a letter",
            "^[a-z][A-Za-z0-9]*$", "a camelCase name of letters and digits, starting with a lowercase letter",
            "^[0-9]{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?$", "an ISO year-month or date (YYYY-MM or YYYY-MM-DD, e.g. 2025-06)");

    private final JsonNode schemaTree;

    ErrorWording(JsonNode schemaTree) {
        this.schemaTree = schemaTree;
    }

    /** The problem for one schema error. */
    Problem word(Error error, boolean yaml) {
        String pointer = pointer(error.getInstanceLocation());
        JsonNode owner = owner(error);
        JsonNode found = error.getInstanceNode();
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        switch (keyword) {
            case "required":
                return Problem.at(Pointers.child(pointer, error.getProperty()), "required field is missing");
            case "additionalProperties":
                return Problem.at(Pointers.child(pointer, error.getProperty()),
                        unknownField(error.getProperty(), owner));
            case "enum":
                return Problem.at(pointer, "unknown " + noun(pointer) + " " + Values.show(found)
                        + " (expected " + Values.oneOf(owner.path("enum")) + ")" + (yaml ? yamlBoolean(found, owner) : ""));
            case "const":
                return Problem.at(pointer, "expected " + Values.show(owner.path("const")) + ", got "
                        + Values.show(found));
            case "pattern":
                String pattern = owner.path("pattern").asText();
                return Problem.at(pointer, "expected " + PATTERNS.getOrDefault(pattern, "text matching "
                        + pattern) + ", got " + Values.show(found));
            case "minLength":
            case "maxLength":
                return Problem.at(pointer, "expected " + expectation(owner) + ", got " + Values.show(found)
                        + " (" + found.asText().codePointCount(0, found.asText().length()) + " characters)");
            case "minItems":
            case "maxItems":
                return Problem.at(pointer, "expected " + expectation(owner) + ", got " + found.size());
            default:
                // type, minimum, maximum and anything the schema may add later: state the expectation.
                return Problem.at(pointer, "expected " + expectation(owner) + ", got " + Values.show(found)
                        + (yaml ? yamlBoolean(found, owner) : ""));
        }
    }

    /**
     * Why text became true or false: the YAML reader takes an unquoted yes, no, on or off as a boolean ({@code industry:
     * on} arrived as {@code true}; y and n stay text); said for a YAML case where the field takes text, as the octal
     * hint is for numbers.
     */
    private static String yamlBoolean(JsonNode found, JsonNode owner) {
        boolean takesText = "string".equals(owner.path("type").asText())
                || owner.path("enum").isArray() && owner.path("enum").size() > 0 && owner.path("enum").get(0).isTextual();
        return found != null && found.isBoolean() && takesText
                ? " (in YAML an unquoted yes, no, on or off is read as true or false: put text in quotes, e.g. \"on\")"
                : "";
    }

    /** What a value under {@code schema} must be, e.g. "an integer between 1 and 10". */
    static String expectation(JsonNode schema) {
        String type = schema.path("type").asText("");
        JsonNode min = schema.get("minimum");
        JsonNode max = schema.get("maximum");
        switch (type) {
            case "integer":
            case "number":
                String noun = type.equals("integer") ? "an integer" : "a number";
                if (min != null && max != null) {
                    boolean rate = type.equals("number") && min.decimalValue().signum() == 0
                            && max.decimalValue().compareTo(java.math.BigDecimal.ONE) == 0;
                    return (rate ? "a rate" : noun) + " between " + min.asText() + " and " + max.asText();
                }
                if (min != null) {
                    return noun + " >= " + min.asText();
                }
                return max != null ? noun + " <= " + max.asText() : noun;
            case "string":
                if (schema.has("enum")) {
                    return Values.oneOf(schema.get("enum"));
                }
                if (schema.has("maxLength")) {
                    return "text of at most " + schema.get("maxLength").asText() + " characters";
                }
                return schema.path("minLength").asInt(0) > 0 ? "a non-empty string" : "a string";
            case "boolean":
                return "true or false";
            case "object":
                return "an object";
            case "array":
                if (schema.has("maxItems") && schema.path("minItems").asInt(-1) == schema.get("maxItems").asInt()) {
                    return "a list of exactly " + schema.get("maxItems").asText() + " values";
                }
                if (schema.has("maxItems")) {
                    return "a list of at most " + schema.get("maxItems").asText() + " values";
                }
                return schema.has("minItems") ? "a list of at least " + schema.get("minItems").asText()
                        + (schema.get("minItems").asInt() == 1 ? " value" : " values") : "a list";
            default:
                return "a valid value";
        }
    }

    private static String unknownField(String name, JsonNode owner) {
        JsonNode properties = owner.get("properties");
        if (properties != null) {
            List<String> allowed = new ArrayList<>();
            properties.fieldNames().forEachRemaining(allowed::add);
            return "unknown field '" + name + "' (allowed: " + String.join(", ", allowed) + ")";
        }
        JsonNode patterns = owner.get("patternProperties");
        if (patterns != null && patterns.fieldNames().hasNext()) {
            String pattern = patterns.fieldNames().next();
            return "invalid key '" + name + "' (expected " + PATTERNS.getOrDefault(pattern, "a key matching "
                    + pattern) + ")";
        }
        return "unknown field '" + name + "' (no fields are allowed here)";
    }

    /** The schema object holding the failed keyword, found by walking the error's schema location. */
    private JsonNode owner(Error error) {
        NodePath fragment = error.getSchemaLocation().getFragment();
        JsonNode node = schemaTree;
        // The last element is the keyword itself; its owner is one level up.
        for (int i = 0; i < fragment.getNameCount() - 1; i++) {
            Object element = fragment.getElement(i);
            node = element instanceof Integer ? node.path((Integer) element) : node.path(element.toString());
        }
        return node;
    }

    private static String pointer(NodePath path) {
        String pointer = "";
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            pointer = element instanceof Integer ? Pointers.child(pointer, (Integer) element)
                    : Pointers.child(pointer, element.toString());
        }
        return pointer;
    }

    /** The field's own name ("category", "recurrence"), or "value" for a list element. */
    private static String noun(String pointer) {
        List<String> tokens = Pointers.tokens(pointer);
        String last = tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1);
        return last.isEmpty() || last.chars().allMatch(Character::isDigit) ? "value" : last;
    }
}
