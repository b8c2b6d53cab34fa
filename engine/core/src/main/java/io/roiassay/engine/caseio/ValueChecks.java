package io.roiassay.engine.caseio;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The predicates for single JSON Schema keywords, each meaning what networknt 2.0 makes of it with the
 * draft 2020-12 dialect: a keyword about strings, numbers or arrays passes any other kind of value. Where
 * networknt's handling of a value no case can hold is odd (integers beyond the long range, float nodes),
 * the predicate says no, so such a value goes to the full validator.
 */
final class ValueChecks {

    /** Above this many items, uniqueItems hashes instead of comparing every pair. */
    private static final int PAIRWISE_LIMIT = 32;

    private ValueChecks() {
    }

    /** All of {@code checks}. */
    static Predicate<JsonNode> all(List<Predicate<JsonNode>> checks) {
        @SuppressWarnings("unchecked")
        Predicate<JsonNode>[] array = checks.toArray(new Predicate[0]);
        if (array.length == 1) {
            return array[0];
        }
        return node -> {
            for (Predicate<JsonNode> check : array) {
                if (!check.test(node)) {
                    return false;
                }
            }
            return true;
        };
    }

    /** {@code type} with one type name (a list of types is refused). */
    static Predicate<JsonNode> type(JsonNode type) throws SchemaCompiler.Unsupported {
        String name = type.textValue();
        if (name == null) {
            throw new SchemaCompiler.Unsupported("type " + type);
        }
        return switch (name) {
            case "object" -> JsonNode::isObject;
            case "array" -> JsonNode::isArray;
            case "string" -> JsonNode::isTextual;
            case "boolean" -> JsonNode::isBoolean;
            case "null" -> JsonNode::isNull;
            case "number" -> ValueChecks::isPlainNumber;
            // Draft 6 and later: a number with a zero fraction (3.0) is an integer too.
            case "integer" -> node -> isPlainNumber(node) && (node.isIntegralNumber() || node.canConvertToExactIntegral());
            default -> throw new SchemaCompiler.Unsupported("type " + name);
        };
    }

    /** {@code const} with a string value. */
    static Predicate<JsonNode> constant(JsonNode value) throws SchemaCompiler.Unsupported {
        String text = value.textValue();
        if (text == null) {
            throw new SchemaCompiler.Unsupported("const " + value);
        }
        return node -> node.isTextual() && text.equals(node.textValue());
    }

    /** {@code enum} whose members are all strings. */
    static Predicate<JsonNode> oneOfStrings(JsonNode members) throws SchemaCompiler.Unsupported {
        if (!members.isArray()) {
            throw new SchemaCompiler.Unsupported("enum");
        }
        Set<String> allowed = new HashSet<>();
        for (JsonNode member : members) {
            if (!member.isTextual()) {
                throw new SchemaCompiler.Unsupported("enum with " + member);
            }
            allowed.add(member.textValue());
        }
        return node -> node.isTextual() && allowed.contains(node.textValue());
    }

    /** {@code pattern}: found anywhere in the string, as networknt's regular expressions match. */
    static Predicate<JsonNode> pattern(JsonNode regex) throws SchemaCompiler.Unsupported {
        if (!regex.isTextual()) {
            throw new SchemaCompiler.Unsupported("pattern " + regex);
        }
        Pattern pattern = Regexes.compile(regex.textValue());
        return node -> !node.isTextual() || pattern.matcher(node.textValue()).find();
    }

    /** {@code minLength}, in code points. */
    static Predicate<JsonNode> minLength(int min) {
        return node -> !node.isTextual() || codePoints(node.textValue()) >= min;
    }

    /** {@code maxLength}, in code points. */
    static Predicate<JsonNode> maxLength(int max) {
        return node -> !node.isTextual() || codePoints(node.textValue()) <= max;
    }

    /** {@code minimum}; {@code integer} when the same schema says {@code "type": "integer"}. */
    static Predicate<JsonNode> minimum(JsonNode bound, boolean integer) {
        BigDecimal min = new BigDecimal(bound.asText());
        return node -> !node.isNumber() || (comparable(node, integer) && node.decimalValue().compareTo(min) >= 0);
    }

    /** {@code maximum}; {@code integer} when the same schema says {@code "type": "integer"}. */
    static Predicate<JsonNode> maximum(JsonNode bound, boolean integer) {
        BigDecimal max = new BigDecimal(bound.asText());
        return node -> !node.isNumber() || (comparable(node, integer) && node.decimalValue().compareTo(max) <= 0);
    }

    /** {@code minItems}. */
    static Predicate<JsonNode> minItems(int min) {
        return node -> !node.isArray() || node.size() >= min;
    }

    /** {@code maxItems}. */
    static Predicate<JsonNode> maxItems(int max) {
        return node -> !node.isArray() || node.size() <= max;
    }

    /** {@code uniqueItems}: no two items equal as Jackson nodes (networknt puts them in a hash set). */
    static Predicate<JsonNode> uniqueItems(boolean unique) {
        if (!unique) {
            return node -> true;
        }
        return node -> !node.isArray() || distinct(node);
    }

    /** {@code items} (one schema for every item; {@code prefixItems} is refused as an unknown keyword). */
    static Predicate<JsonNode> items(Predicate<JsonNode> item) {
        return node -> {
            if (!node.isArray()) {
                return true;
            }
            for (int i = 0; i < node.size(); i++) {
                if (!item.test(node.get(i))) {
                    return false;
                }
            }
            return true;
        };
    }

    private static boolean isPlainNumber(JsonNode node) {
        return node.isNumber() && !node.isFloat() && !(node.isDouble() && !Double.isFinite(node.doubleValue()));
    }

    /**
     * Whether a bound can be checked exactly. Float and non-finite nodes never come from the parser; an
     * integer schema's bound is compared by networknt through {@code asLong()}, which wraps beyond the long range.
     */
    private static boolean comparable(JsonNode node, boolean integer) {
        return isPlainNumber(node) && (!integer || node.canConvertToLong());
    }

    private static int codePoints(String text) {
        return text.codePointCount(0, text.length());
    }

    private static boolean distinct(JsonNode array) {
        int n = array.size();
        if (n > PAIRWISE_LIMIT) {
            Set<JsonNode> seen = new HashSet<>();
            for (JsonNode item : array) {
                if (!seen.add(item)) {
                    return false;
                }
            }
            return true;
        }
        for (int i = 1; i < n; i++) {
            JsonNode item = array.get(i);
            for (int j = 0; j < i; j++) {
                if (array.get(j).equals(item)) {
                    return false;
                }
            }
        }
        return true;
    }
}
