package io.roiassay.engine.caseio;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Conversions between JSON pointers, which the code uses, and the field paths people read. */
final class Pointers {

    static final String ROOT_PATH = "(root)";

    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    private Pointers() {
    }

    /** Appends an object key, escaped as RFC 6901 requires. */
    static String child(String pointer, String key) {
        return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    /** Appends an array index. */
    static String child(String pointer, int index) {
        return pointer + "/" + index;
    }

    /** The pointer one level up; the root is its own parent. */
    static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }

    /** The first {@code levels} levels of {@code pointer} ({@code /notes/0/0/0}, 2: {@code /notes/0}). */
    static String prefix(String pointer, int levels) {
        int end = 0;
        for (int level = 0; level < levels; level++) {
            int next = pointer.indexOf('/', end + 1);
            if (next < 0) {
                return pointer;
            }
            end = next;
        }
        return pointer.substring(0, end);
    }

    /** True when {@code pointer} is {@code prefix} or lies below it. */
    static boolean isWithin(String pointer, String prefix) {
        return pointer.equals(prefix) || pointer.startsWith(prefix + "/");
    }

    /** {@code /costs/2/amount} becomes {@code costs[2].amount}; odd keys are quoted: {@code values["a b"]}. */
    static String toPath(String pointer) {
        if (pointer.isEmpty()) {
            return ROOT_PATH;
        }
        StringBuilder b = new StringBuilder();
        for (String token : tokens(pointer)) {
            if (!token.isEmpty() && token.chars().allMatch(Character::isDigit)) {
                // Array indexes; an all-digit key (never a valid one) would also read as an index.
                b.append('[').append(token).append(']');
            } else if (PLAIN_KEY.matcher(token).matches()) {
                b.append(b.length() == 0 ? "" : ".").append(token);
            } else {
                b.append("[\"").append(token.replace("\"", "\\\"")).append("\"]");
            }
        }
        return b.toString();
    }

    /** The unescaped tokens of a pointer. */
    static List<String> tokens(String pointer) {
        List<String> out = new ArrayList<>();
        if (pointer.isEmpty()) {
            return out;
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            out.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return out;
    }
}
