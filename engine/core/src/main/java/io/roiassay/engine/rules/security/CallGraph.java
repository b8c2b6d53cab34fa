package io.roiassay.engine.rules.security;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who can call whom among a rule pack's own methods ({@code owner.name(descriptor)}): direct calls, lambdas
 * created (counted as calls), and calls through an interface — invoking an interface method, or handing a
 * library method an argument of an interface type it may call back — which may reach every lambda or class of
 * the pack that implements that interface. The {@code java.util.function} interfaces and {@code Comparator}
 * count as one, since the library wraps one in another ({@code Comparator.comparing(f)}, {@code f.andThen(g)}).
 * A method on a cycle can run for ever (or exponentially long).
 */
final class CallGraph {

    /** Node prefix of an interface: its successors are the pack's implementations of it. */
    private static final String INTERFACE = "interface:";

    private final Map<String, Set<String>> calls = new HashMap<>();
    /** Interface (internal name) to the pack's lambda bodies implementing it. */
    private final Map<String, Set<String>> lambdas = new HashMap<>();
    /** Interface (internal name) to the pack's classes implementing it. */
    private final Map<String, Set<String>> classes = new HashMap<>();

    /** The set of what {@code method} calls, to add to. */
    Set<String> callees(String method) {
        return calls.computeIfAbsent(method, k -> new HashSet<>());
    }

    /** {@code method} may call, through {@code type}, any implementation of it in the pack. */
    void through(String method, String type) {
        callees(method).add(INTERFACE + node(type));
    }

    /** The lambda body {@code implementation} implements {@code type}. */
    void lambda(String type, String implementation) {
        lambdas.computeIfAbsent(node(type), k -> new HashSet<>()).add(implementation);
    }

    /** The pack's class {@code owner} implements {@code type}. */
    void implementation(String type, String owner) {
        classes.computeIfAbsent(node(type), k -> new HashSet<>()).add(owner);
    }

    private static String node(String type) {
        return type.startsWith("java/util/function/") || type.equals("java/util/Comparator") ? "callbacks" : type;
    }

    private Iterator<String> successors(String node) {
        if (!node.startsWith(INTERFACE)) {
            return calls.getOrDefault(node, Set.of()).iterator();
        }
        String type = node.substring(INTERFACE.length());
        Set<String> out = new TreeSet<>(lambdas.getOrDefault(type, Set.of()));
        Set<String> owners = classes.getOrDefault(type, Set.of());
        if (!owners.isEmpty()) {
            for (String m : calls.keySet()) {
                int dot = m.lastIndexOf('.', m.indexOf('('));
                if (owners.contains(m.substring(0, dot)) && !m.startsWith("<", dot + 1)) {
                    out.add(m);
                }
            }
        }
        return out.iterator();
    }

    /**
     * Every method of the pack that can reach itself again: a DRL function calling itself, two calling each
     * other, a consequence calling a function that calls it, a lambda calling itself through its interface.
     */
    Set<String> onCycle() {
        Map<String, Integer> state = new HashMap<>();
        Set<String> onCycle = new TreeSet<>();
        for (String start : new TreeSet<>(calls.keySet())) {
            if (state.containsKey(start)) {
                continue;
            }
            // Depth-first without recursion of our own: a generated pack may nest calls deeply.
            Deque<Iterator<String>> stack = new ArrayDeque<>();
            Deque<String> path = new ArrayDeque<>();
            state.put(start, 1);
            path.push(start);
            stack.push(successors(start));
            while (!stack.isEmpty()) {
                Iterator<String> next = stack.peek();
                if (!next.hasNext()) {
                    stack.pop();
                    state.put(path.pop(), 2);
                    continue;
                }
                String callee = next.next();
                Integer s = state.get(callee);
                if (s == null) {
                    state.put(callee, 1);
                    path.push(callee);
                    stack.push(successors(callee));
                } else if (s == 1) {
                    for (String m : path) {
                        if (!m.startsWith(INTERFACE)) {
                            onCycle.add(m);
                        }
                        if (m.equals(callee)) {
                            break;
                        }
                    }
                }
            }
        }
        return onCycle;
    }
}
