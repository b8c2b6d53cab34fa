package io.roiassay.engine.rules.security;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads every class of a compiled rule pack (Drools executable model) and lists each call, field access,
 * constructor, supertype or method reference outside the {@link CodePolicy}, each loop (a jump back to an
 * earlier instruction) and each method that can call itself again (recursion, also through a lambda),
 * attributed to the rule whose code it is, and each allowed call whose cost is unbounded in an argument
 * ({@link CostPolicy}). A pack with any violation is never loaded. The classes are those
 * compiled from the pack's own files: the Drools engine and the allow-listed library run outside them, so the
 * generated scaffolding, which has no loops, and the rule authors' code are checked alike.
 */
public final class PackCodeCheck {

    /** The generated class of a DRL package that holds its functions (and builds its rule list). */
    private static final java.util.regex.Pattern FUNCTIONS_CLASS = java.util.regex.Pattern.compile("Rules[0-9A-F]{32}");

    private final Map<String, byte[]> classes;
    /** Rule-building methods ({@code Class#rule_X}) and the rule (package, name) they build. */
    private final Map<String, String[]> ruleOfMethod = new HashMap<>();
    /** Pack classes referenced from each rule-building method (e.g. its consequence). */
    private final Map<String, Set<String>> classesOfRuleMethod = new HashMap<>();
    private final List<Raw> raw = new ArrayList<>();
    /** Calls between the pack's own methods, also through interfaces, to find recursion. */
    private final CallGraph graph = new CallGraph();

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
        c.recursion();
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
                        graph.implementation(i, name);
                    }
                }
            }

            @Override
            public void visitOuterClass(String owner, String method, String descriptor) {
                // An anonymous or local class: library code may call its methods (toString, equals…) back
                // from anywhere, so it could recurse unseen. Generated classes are never local.
                raw.add(new Raw(owner, method == null ? "" : method, dotted(name), CodePolicy.LOCAL_CLASS));
            }

            @Override
            public MethodVisitor visitMethod(int access, String method, String descriptor, String signature, String[] exceptions) {
                return new Scanner(name, method, descriptor);
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
        costUse(where, method, h.getOwner(), h.getName(), h.getDesc(), null, null); // a method reference: no literal
    }

    /** Refuses an allowed call whose cost grows without bound with an argument ({@link CostPolicy}). */
    private void costUse(String where, String method, String owner, String member, String descriptor,
                         Object last, Object beforeLast) {
        if (!own(owner) && CodePolicy.allows(owner, member)) {
            String why = CostPolicy.refused(owner, member, descriptor, last, beforeLast);
            if (why != null) {
                raw.add(new Raw(where, method, dotted(owner) + "." + member, CostPolicy.KIND + ": " + why));
            }
        }
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

    /**
     * Visits one method: checks every instruction that names another class, notes which rule it builds, refuses
     * a jump back to an instruction already seen (every {@code for}, {@code while} and {@code do} loop compiles
     * to one) and records the pack's own methods it calls or makes a lambda of.
     */
    private final class Scanner extends MethodVisitor {
        private final String owner;
        private final String method;
        private final boolean ruleMethod;
        private final String key;
        private final Set<String> callees;
        private final Set<Label> seen = new HashSet<>();
        private boolean loops;
        private String lastString;
        private String secondLastString;
        /** The constants the last two instructions pushed (null: not a constant), to check literal arguments. */
        private Object last;
        private Object beforeLast;

        Scanner(String owner, String method, String descriptor) {
            super(Opcodes.ASM9);
            this.owner = owner;
            this.method = method;
            this.ruleMethod = method.startsWith("rule_");
            this.key = owner + "." + method + descriptor;
            this.callees = graph.callees(key);
        }

        @Override
        public void visitLabel(Label label) {
            seen.add(label);
        }

        private void pushed(Object constant) {
            beforeLast = last;
            last = constant;
        }

        @Override
        public void visitInsn(int opcode) {
            pushed(opcode >= Opcodes.ICONST_M1 && opcode <= Opcodes.ICONST_5 ? Integer.valueOf(opcode - Opcodes.ICONST_0) : null);
        }

        @Override
        public void visitIntInsn(int opcode, int operand) {
            pushed(opcode == Opcodes.NEWARRAY ? null : Integer.valueOf(operand));
        }

        @Override
        public void visitVarInsn(int opcode, int varIndex) {
            pushed(null);
        }

        @Override
        public void visitIincInsn(int varIndex, int increment) {
            pushed(null);
        }

        @Override
        public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
            pushed(null);
        }

        private void jump(Label target) {
            if (!loops && seen.contains(target)) {
                loops = true;
                raw.add(new Raw(owner, method, dotted(owner) + "." + method, CodePolicy.LOOP));
            }
        }

        @Override
        public void visitJumpInsn(int opcode, Label label) {
            jump(label);
            pushed(null);
        }

        @Override
        public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
            jump(dflt);
            for (Label l : labels) {
                jump(l);
            }
            pushed(null);
        }

        @Override
        public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
            jump(dflt);
            for (Label l : labels) {
                jump(l);
            }
            pushed(null);
        }

        private void references(String type) {
            if (ruleMethod && own(type)) {
                classesOfRuleMethod.computeIfAbsent(owner + "#" + method, k -> new LinkedHashSet<>()).add(type);
            }
        }

        @Override
        public void visitMethodInsn(int opcode, String o, String name, String descriptor, boolean isInterface) {
            memberUse(owner, method, o, name);
            costUse(owner, method, o, name, descriptor, last, beforeLast);
            pushed(null);
            references(o);
            if (own(o)) {
                callees.add(o + "." + name + descriptor);
            } else {
                // A call on an interface, or a library method given an interface it may call back.
                graph.through(key, o);
                for (Type t : Type.getArgumentTypes(descriptor)) {
                    if (t.getSort() == Type.OBJECT) {
                        graph.through(key, t.getInternalName());
                    }
                }
            }
            if (ruleMethod && name.equals("rule") && secondLastString != null && !ruleOfMethod.containsKey(owner + "#" + method)) {
                ruleOfMethod.put(owner + "#" + method, new String[] {secondLastString, lastString});
            }
        }

        @Override
        public void visitFieldInsn(int opcode, String o, String name, String descriptor) {
            memberUse(owner, method, o, name);
            pushed(null);
            references(o);
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            // new/checkcast/instanceof alone do nothing: the constructor or method call that follows is checked.
            pushed(null);
            references(type);
        }

        @Override
        public void visitLdcInsn(Object value) {
            if (value instanceof String s) {
                secondLastString = lastString;
                lastString = s;
            }
            constant(owner, method, value);
            pushed(value);
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bsm, Object... args) {
            handle(owner, method, bsm);
            if (bsm.getOwner().equals("java/lang/invoke/LambdaMetafactory") && args.length > 1 && args[1] instanceof Handle impl
                    && own(impl.getOwner())) {
                String type = Type.getReturnType(descriptor).getInternalName();
                graph.lambda(type, impl.getOwner() + "." + impl.getName() + impl.getDesc());
                if (!CodePolicy.allowsLambdaOf(type)) {
                    raw.add(new Raw(owner, method, dotted(type), CodePolicy.LAMBDA));
                }
            }
            for (Object a : args) {
                constant(owner, method, a);
                if (a instanceof Handle h) {
                    references(h.getOwner());
                    if (own(h.getOwner())) {
                        callees.add(h.getOwner() + "." + h.getName() + h.getDesc());
                    }
                }
            }
            pushed(null);
        }
    }

    /** Every method of the pack on a cycle of calls ({@link CallGraph#onCycle()}) is recursion. */
    private void recursion() {
        for (String m : graph.onCycle()) {
            int dot = m.lastIndexOf('.', m.indexOf('('));
            String owner = m.substring(0, dot);
            String name = m.substring(dot + 1, m.indexOf('('));
            raw.add(new Raw(owner, name, dotted(owner) + "." + name, CodePolicy.RECURSION));
        }
    }

    /** Turns raw findings into violations named by rule; one per rule and call. */
    private List<CodeViolation> attribute() {
        Set<CodeViolation> out = new LinkedHashSet<>();
        for (Raw r : raw) {
            String simple = r.owner().substring(r.owner().lastIndexOf('/') + 1);
            if (FUNCTIONS_CLASS.matcher(simple).matches() && !r.method().startsWith("rule_")
                    && !r.method().startsWith("lambda$") && !r.method().startsWith("<")) {
                // DRL functions compile to static methods of the package's main Rules class.
                String pkg = r.owner().contains("/") ? dotted(r.owner().substring(0, r.owner().lastIndexOf('/'))) : "";
                out.add(new CodeViolation(pkg, "function " + r.method(), r.call(), r.kind()));
                continue;
            }
            List<String[]> rules = rulesOf(r.owner(), r.method());
            if (rules.isEmpty()) {
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
