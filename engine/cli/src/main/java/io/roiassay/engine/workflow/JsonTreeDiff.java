package io.roiassay.engine.workflow;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks two JSON trees and names every difference by path. Lists of objects that carry a {@code code},
 * {@code id}, {@code period} or {@code path} are matched by it ({@code findings[hidden-cost/training].estimate},
 * {@code provenance.ruleFiles[profiles/ours.drl.csv]}), so one added finding or overlay file reads as one
 * addition rather than a shift of every later item; other lists by index.
 */
final class JsonTreeDiff {

    /** One difference: {@code before} or {@code after} is null when the value is absent on that side. */
    record Change(String path, JsonNode before, JsonNode after) {
    }

    private static final List<String> KEYS = List.of("code", "id", "period", "path");

    private JsonTreeDiff() {
    }

    static List<Change> diff(JsonNode a, JsonNode b) {
        List<Change> out = new ArrayList<>();
        walk("", a, b, out);
        return out;
    }

    private static void walk(String path, JsonNode a, JsonNode b, List<Change> out) {
        if (a == null || b == null || a.getNodeType() != b.getNodeType() || a.isValueNode()) {
            if (a == null ? b != null : !a.equals(b)) {
                out.add(new Change(path, a, b));
            }
            return;
        }
        if (a.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String n : names) {
                walk(path.isEmpty() ? n : path + "." + n, a.get(n), b.get(n), out);
            }
            return;
        }
        Map<String, JsonNode> left = keyed(a);
        Map<String, JsonNode> right = keyed(b);
        if (left == null || right == null) {
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                walk(path + "[" + i + "]", a.get(i), b.get(i), out);
            }
            return;
        }
        Set<String> keys = new LinkedHashSet<>(left.keySet());
        keys.addAll(right.keySet());
        for (String k : keys) {
            walk(path + "[" + k + "]", left.get(k), right.get(k), out);
        }
    }

    /** The list's items by their key field, or null when the list is not a list of keyed objects. */
    private static Map<String, JsonNode> keyed(JsonNode array) {
        if (array.isEmpty() || !array.get(0).isObject()) {
            return array.isEmpty() ? new LinkedHashMap<>() : null;
        }
        for (String key : KEYS) {
            Map<String, JsonNode> byKey = new LinkedHashMap<>();
            boolean all = true;
            for (Iterator<JsonNode> it = array.elements(); it.hasNext() && all; ) {
                JsonNode item = it.next();
                JsonNode k = item.get(key);
                if (k == null || !k.isValueNode()) {
                    all = false;
                } else {
                    String name = k.asText();
                    // The same code twice (e.g. two failed plugins) gets a counter to stay unique.
                    for (int n = 2; byKey.containsKey(name); n++) {
                        name = k.asText() + "#" + n;
                    }
                    byKey.put(name, item);
                }
            }
            if (all) {
                return byKey;
            }
        }
        return null;
    }

    /** A value for people: text without quotes, numbers as written, {@code (absent)} for a missing value. */
    static String show(JsonNode n) {
        if (n == null) {
            return "(absent)";
        }
        String s = n.isTextual() ? n.asText() : n.isNumber() ? n.decimalValue().toPlainString() : n.toString();
        return s.length() > 120 ? s.substring(0, 117) + "…" : s;
    }

    /**
     * A value beside the one it is compared with: as {@link #show}, but a text compared with a value of another
     * type is shown quoted, so "-399657.26" (text) and -399657.26 (a number) do not print alike.
     */
    static String show(JsonNode n, JsonNode other) {
        if (n != null && other != null && n.isTextual() && n.getNodeType() != other.getNodeType()) {
            String s = n.toString();
            return s.length() > 120 ? s.substring(0, 117) + "…" : s;
        }
        return show(n);
    }
}
