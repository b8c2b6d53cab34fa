package io.roiassay.engine.caseio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Systematic mutations of a case tree for the schema-check differential tests: at every value, every way of
 * breaking (or keeping) each schema keyword: drop it, swap its type, step over each bound, bend its text,
 * grow or shrink its list, add properties to its object. Deterministic: the same tree gives the same list.
 */
final class SchemaMutations {

    /** One mutation, made when asked for (so listing thousands of them copies nothing), and what it does. */
    record Mutant(String description, Supplier<JsonNode> make, boolean beyondLong) {
        /** A new tree with the mutation applied. */
        JsonNode tree() {
            return make.get();
        }
    }

    private static final JsonNodeFactory NODES = DocumentParser.NODES;
    private static final BigInteger TWO_TO_70 = BigInteger.TWO.pow(70);

    private final JsonNode original;
    private final Set<String> schemaNames;
    private final List<Mutant> mutants = new ArrayList<>();

    private SchemaMutations(JsonNode original, Set<String> schemaNames) {
        this.original = original;
        this.schemaNames = schemaNames;
    }

    /** Every mutation of {@code tree}; {@code schemaNames} are property names to add where they do not belong. */
    static List<Mutant> of(JsonNode tree, Set<String> schemaNames) {
        SchemaMutations m = new SchemaMutations(tree, schemaNames);
        m.walk(tree, "");
        return m.mutants;
    }

    /** Every property name the schema declares anywhere. */
    static Set<String> propertyNames(JsonNode schema) {
        Set<String> names = new TreeSet<>();
        collect(schema, names);
        return names;
    }

    private static void collect(JsonNode schema, Set<String> names) {
        if (schema.isObject()) {
            JsonNode props = schema.get("properties");
            if (props != null && props.isObject()) {
                props.fieldNames().forEachRemaining(names::add);
            }
        }
        schema.forEach(child -> collect(child, names));
    }

    /** The value replacements tried at every location: each type, each bound and its neighbours, odd strings. */
    static List<JsonNode> replacements() {
        List<JsonNode> r = new ArrayList<>();
        r.add(NODES.nullNode());
        r.add(NODES.booleanNode(true));
        for (String s : List.of("", "x", "ABC", "ABC\n", "saas", "2025-06", "a".repeat(81))) {
            r.add(NODES.textNode(s));
        }
        for (int i : new int[] {-1, 0, 1, 10, 11}) {
            r.add(NODES.numberNode(i));
        }
        for (String d : List.of("-0.001", "0.5", "1.0", "1.001", "3.0", "9.999", "10.001", "1E+20")) {
            r.add(NODES.numberNode(new BigDecimal(d)));
        }
        r.add(NODES.numberNode(TWO_TO_70));
        r.add(NODES.objectNode());
        r.add(NODES.arrayNode());
        r.add(NODES.arrayNode().add("x"));
        return r;
    }

    private void walk(JsonNode node, String pointer) {
        for (JsonNode replacement : replacements()) {
            replace(pointer, replacement, "set to " + replacement.toString().replace("\n", "\\n"),
                    beyondLong(replacement));
        }
        if (node.isTextual()) {
            String s = node.textValue();
            replace(pointer, NODES.textNode(s + "x"), "text + x", false);
            replace(pointer, NODES.textNode(s + "\n"), "text + newline", false);
            replace(pointer, NODES.textNode("x" + s), "x + text", false);
            replace(pointer, NODES.textNode(s.toUpperCase(Locale.ROOT)), "upper case", false);
            if (!s.isEmpty()) {
                replace(pointer, NODES.textNode(s.substring(1)), "first character dropped", false);
            }
        } else if (node.isNumber()) {
            BigDecimal v = node.decimalValue();
            for (String step : List.of("1", "-1", "0.001", "-0.001")) {
                replace(pointer, NODES.numberNode(v.add(new BigDecimal(step))), "plus " + step, false);
            }
            replace(pointer, NODES.numberNode(v.setScale(Math.max(1, v.scale() + 1))), "one more decimal place", false);
            replace(pointer, NODES.numberNode(v.negate()), "negated", false);
        } else if (node.isArray()) {
            arrayMutations((ArrayNode) node, pointer);
        } else if (node.isObject()) {
            objectMutations((ObjectNode) node, pointer);
        }
    }

    private void arrayMutations(ArrayNode array, String pointer) {
        if (array.size() > 0) {
            ArrayNode longer = array.deepCopy();
            longer.add(array.get(array.size() - 1).deepCopy());
            replace(pointer, longer, "last item repeated", false);
            ArrayNode shorter = array.deepCopy();
            shorter.remove(shorter.size() - 1);
            replace(pointer, shorter, "last item dropped", false);
            ArrayNode eleven = array.deepCopy();
            while (eleven.size() < 11) {
                eleven.add(array.get(0).deepCopy());
            }
            replace(pointer, eleven, "grown to " + eleven.size() + " items", false);
            ArrayNode many = array.deepCopy();
            for (int i = 0; i < 40; i++) {
                many.add(NODES.textNode("item" + i));
            }
            replace(pointer, many, "40 distinct strings appended", false);
        }
        for (int i = 0; i < array.size(); i++) {
            walk(array.get(i), pointer + "/" + i);
        }
    }

    private void objectMutations(ObjectNode object, String pointer) {
        for (String name : List.of("zzUnknown", "a", "A", "a\n", "a-b", "aB1", "1a", "a_b", "")) {
            for (JsonNode value : List.of(NODES.numberNode(1), NODES.textNode("x"), NODES.objectNode())) {
                add(object, pointer, name, value);
            }
        }
        // A name the schema declares elsewhere is additional here: only the name matters, one value is enough.
        for (String name : schemaNames) {
            add(object, pointer, name, NODES.textNode("x"));
        }
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            ObjectNode smaller = object.deepCopy();
            smaller.remove(name);
            replace(pointer, smaller, "dropped " + name, false);
        }
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            walk(object.get(name), Pointers.child(pointer, name));
        }
    }

    private void add(ObjectNode object, String pointer, String name, JsonNode value) {
        if (!object.has(name)) {
            ObjectNode grown = object.deepCopy();
            grown.set(name, value);
            replace(pointer, grown, "added " + name.replace("\n", "\\n") + ": " + value, false);
        }
    }

    private void replace(String pointer, JsonNode value, String what, boolean beyondLong) {
        JsonNode source = original;
        mutants.add(new Mutant((pointer.isEmpty() ? "(root)" : pointer) + ": " + what,
                () -> replaced(source, pointer, value.deepCopy()), beyondLong));
    }

    private static JsonNode replaced(JsonNode original, String pointer, JsonNode value) {
        if (pointer.isEmpty()) {
            return value;
        }
        JsonNode copy = original.deepCopy();
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = copy.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        if (parent.isArray()) {
            ((ArrayNode) parent).set(Integer.parseInt(last), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
        return copy;
    }

    private static boolean beyondLong(JsonNode n) {
        return n.isNumber() && !n.canConvertToLong();
    }
}
