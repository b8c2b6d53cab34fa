package io.roiassay.engine.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Field paths ({@code benefits[2]}, {@code kpis.sales}) in the order a reader expects: each once, numbers in
 * brackets compared as numbers, so {@code benefits[10]} comes after {@code benefits[9]}, not after
 * {@code benefits[1]}. For a rule's evidence: {@code .evidence("benefitLines", Paths.inOrder($lines))}.
 */
public final class Paths {

    private Paths() {
    }

    /** The distinct paths of {@code paths} (their text), in natural order. */
    public static List<String> inOrder(Collection<?> paths) {
        TreeSet<String> sorted = new TreeSet<>(Paths::compare);
        paths.forEach(p -> sorted.add(String.valueOf(p)));
        return new ArrayList<>(sorted);
    }

    /** Text compared character by character, a run of digits as one number. */
    static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int ei = digitsEnd(a, i);
                int ej = digitsEnd(b, j);
                int si = significant(a, i, ei);
                int sj = significant(b, j, ej);
                int c = ei - si != ej - sj ? Integer.compare(ei - si, ej - sj)
                        : a.substring(si, ei).compareTo(b.substring(sj, ej));
                if (c != 0) {
                    return c;
                }
                i = ei;
                j = ej;
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }

    /** Where the digits from..end stop being leading zeros (the last digit stays: "000" is the number 0). */
    private static int significant(String s, int from, int end) {
        int k = from;
        while (k < end - 1 && s.charAt(k) == '0') {
            k++;
        }
        return k;
    }

    private static int digitsEnd(String s, int from) {
        int e = from;
        while (e < s.length() && Character.isDigit(s.charAt(e))) {
            e++;
        }
        return e;
    }
}
