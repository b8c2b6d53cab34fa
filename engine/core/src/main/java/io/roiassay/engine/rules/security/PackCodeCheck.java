package io.roiassay.engine.rules.security;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads every class of a compiled rule pack (Drools executable model) and lists each call, field access,
 * constructor, supertype or method reference outside the {@link CodePolicy}, attributed to the
 * rule whose code it is. A pack with any violation is never loaded.
 */
public final class PackCodeCheck {

    private final Map<String, byte[]> classes;
    /** Rule-building methods ({@code Class#rule_X}) and the rule (package, name) they build. */
    private final Map<String, String[]> ruleOfMethod = new HashMap<>();
    /** Pack classes referenced from each rule-building method (e.g. its consequence). */
    private final Map<String, Set<String>> classesOfRuleMethod = new HashMap<>();
    private final List<Raw> raw = new ArrayList<>();

    private record Raw(String owner, String method, String call, String kind) {
    }

    private PackCodeCheck(Map<String, byte[]> classes) {
        this.classes = classes;
    }

    /** The violations in a pack's classes (binary names with dots, or internal names, to class bytes). */
    public static List<CodeViolation> check(Map<String, byte[]> classes) {
        Map<String, byte[]> internal = new HashMap<>();
        classes.forEach((k, v) -> internal.put(k.replace('.', '/'), v));
        PackCodeCheck c = new PackCodeCheck(internal);
        for (Map.Entry<String, byte[]> e : internal.entrySet()) {
            c.scan(e.getKey(), e.getValue());
        }
        return c.attribute();
    }

    private boolean own(String owner) {
        String o = owner;
        while (o.startsWith("[")) {
            o = o.substring(1);
        }
        if (o.startsWith("L") && o.endsWith(";")) {
            o = o.substring(1, o.length() - 1);
        }
        return classes.containsKey(o);
    }

    private void scan(String name, byte[] bytes) {
        ClassReader reader;
        try {
            reader = new ClassReader(bytes);
        } catch (RuntimeException e) {
            raw.add(new Raw(name, "", name, "a class file that cannot be read"));
            return;
        }
        reader.accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public void visit(int version, int access, String n, String signature, String superName, String[] interfaces) {
                if (superName != null) {
                    typeUse(name, "", superName);
                }
                if (interfaces != null) {
                    for (String i : interfaces) {
                        typeUse(name, "", i);
                    }
                }
            }

            @Override
            public MethodVisitor visitMethod(int access, String method, String descriptor, String signature, String[] exceptions) {
                return new Scanner(name, method);
            }
        }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
    }

    private void typeUse(String where, String method, String type) {
        if (!own(type) && !CodePolicy.allowsClass(type)) {
            raw.add(new Raw(where, method, dotted(type), CodePolicy.kind(type)));
        }
    }

    private void memberUse(String where, String method, String owner, String member) {
        if (!own(owner) && !CodePolicy.allows(owner, member)) {
            raw.add(new Raw(where, method, dotted(owner) + "." + member, CodePolicy.kind(owner, member)));
        }
    }

    private void handle(String where, String method, Handle h) {
        memberUse(where, method, h.getOwner(), h.getName());
    }

    private void constant(String where, String method, Object value) {
        // A class literal alone does nothing (a pattern may match any class); what is done with it is a call,
        // and calls on Class itself are refused.
        if (value instanceof Handle h) {
            handle(where, method, h);
        } else if (value instanceof ConstantDynamic cd) {
            handle(where, method, cd.getBootstrapMethod());
            for (int i = 0; i < cd.getBootstrapMethodArgumentCount(); i++) {
                constant(where, method, cd.getBootstrapMethodArgument(i));
            }
        }
    }

    private static String dotted(String internal) {
        return internal.replace('/', '.');
    }

    /** Visits one method: checks every instruction that names another class, and notes which rule it builds. */
    private final class Scanner extends MethodVisitor {
        private final String owner;
        private final String method;
        private final boolean ruleMethod;
        private String lastString;
        private String secondLastString;

        Scanner(String owner, String method) {
            super(Opcodes.ASM9);
            this.owner = owner;
            this.method = method;
            this.ruleMethod = method.startsWith("rule_");
        }

        private void references(String type) {
            if (ruleMethod && own(type)) {
                classesOfRuleMethod.computeIfAbsent(owner + "#" + method, k -> new LinkedHashSet<>()).add(type);
            }
        }

        @Override
        public void visitMethodInsn(int opcode, String o, String name, String descriptor, boolean isInterface) {
            memberUse(owner, method, o, name);
            references(o);
            if (ruleMethod && name.equals("rule") && secondLastString != null && !ruleOfMethod.containsKey(owner + "#" + method)) {
                ruleOfMethod.put(owner + "#" + method, new String[] {secondLastString, lastString});
            }
        }

        @Override
        public void visitFieldInsn(int opcode, String o, String name, String descriptor) {
            memberUse(owner, method, o, name);
            references(o);
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            // new/checkcast/instanceof alone do nothing: the constructor or method call that follows is checked.
            references(type);
        }

        @Override
        public void visitLdcInsn(Object value) {
            if (value instanceof String s) {
                secondLastString = lastString;
                lastString = s;
            }
            constant(owner, method, value);
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bsm, Object... args) {
            handle(owner, method, bsm);
            for (Object a : args) {
                constant(owner, method, a);
                if (a instanceof Handle h) {
                    references(h.getOwner());
                }
            }
        }
    }

    /** Turns raw findings into violations named by rule; one per rule and call. */
    private List<CodeViolation> attribute() {
        Set<CodeViolation> out = new LinkedHashSet<>();
        for (Raw r : raw) {
            List<String[]> rules = rulesOf(r.owner(), r.method());
            if (rules.isEmpty()) {
                String simple = r.owner().substring(r.owner().lastIndexOf('/') + 1);
                String pkg = r.owner().contains("/") ? dotted(r.owner().substring(0, r.owner().lastIndexOf('/'))) : "";
                out.add(new CodeViolation(pkg, "function or type " + simple, r.call(), r.kind()));
            }
            for (String[] rule : rules) {
                out.add(new CodeViolation(rule[0], rule[1], r.call(), r.kind()));
            }
        }
        List<CodeViolation> sorted = new ArrayList<>(out);
        sorted.sort(Comparator.comparing(CodeViolation::packageName).thenComparing(CodeViolation::rule)
                .thenComparing(CodeViolation::call));
        return sorted;
    }

    private List<String[]> rulesOf(String owner, String method) {
        String m = method.startsWith("lambda$rule_") ? method.substring("lambda$".length(), method.lastIndexOf('$')) : method;
        String[] direct = ruleOfMethod.get(owner + "#" + m);
        if (direct != null) {
            return List.<String[]>of(direct);
        }
        Set<String> names = new TreeSet<>();
        List<String[]> rules = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : classesOfRuleMethod.entrySet()) {
            String[] rule = ruleOfMethod.get(e.getKey());
            if (rule != null && e.getValue().contains(owner) && names.add(rule[0] + "\u0000" + rule[1])) {
                rules.add(rule);
            }
        }
        return rules;
    }
}
