package io.roiassay.engine.rules;

import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PatternDescr;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the constraints of a pattern on one of the engine's fact classes: every field it names must
 * exist (the message lists the valid ones), and a number field must not be compared with a text that is
 * not a number (Drools' executable model fails on that with a bare {@code NumberFormatException}).
 */
final class FactFields {

    private static final String FACTS = "io.roiassay.engine.facts.";
    private static final Pattern IDENT = Pattern.compile("[A-Za-z_]\\w*");
    private static final Pattern COMPARE = Pattern.compile(
            "(?<![\\w.$])([a-z_]\\w*)\\s*(==|!=|>=|<=|>|<)\\s*(\"[^\"]*\"|-?\\d[\\d.]*)");
    private static final Set<String> KEYWORDS = Set.of("true", "false", "null", "in", "not", "matches", "contains",
            "memberOf", "soundslike", "excludes", "str", "this", "instanceof", "new", "after", "before");
    private static final Map<Class<?>, Map<String, Class<?>>> FIELDS = new ConcurrentHashMap<>();

    private FactFields() {
    }

    /** The engine fact class a pattern names (simple or qualified), or null for other types. */
    static Class<?> factClass(String objectType) {
        if (objectType == null) {
            return null;
        }
        String name = objectType.contains(".") ? objectType : FACTS + objectType;
        if (!name.startsWith(FACTS)) {
            return null;
        }
        try {
            return Class.forName(name, false, FactFields.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    /** The readable fields of a fact class (bean getters and public fields) with their types, sorted. */
    static Map<String, Class<?>> fields(Class<?> type) {
        return FIELDS.computeIfAbsent(type, t -> {
            Map<String, Class<?>> out = new TreeMap<>();
            for (Method m : t.getMethods()) {
                if (m.getParameterCount() != 0 || m.getDeclaringClass() == Object.class || Modifier.isStatic(m.getModifiers())) {
                    continue;
                }
                String n = m.getName();
                if (n.startsWith("get") && n.length() > 3) {
                    out.put(decapitalize(n.substring(3)), m.getReturnType());
                } else if (n.startsWith("is") && n.length() > 2 && m.getReturnType() == boolean.class) {
                    out.put(decapitalize(n.substring(2)), boolean.class);
                }
            }
            for (Field f : t.getFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    out.put(f.getName(), f.getType());
                }
            }
            return java.util.Collections.unmodifiableMap(out);
        });
    }

    static void check(Class<?> type, ExprConstraintDescr e, PatternDescr p, Located at) {
        String expr = e.getExpression();
        if (expr == null) {
            return;
        }
        Map<String, Class<?>> fields = fields(type);
        int base = position(at, expr, p);
        String masked = Located.maskCommentsAndStrings(expr);
        Matcher m = IDENT.matcher(masked);
        while (m.find()) {
            String id = m.group();
            int s = m.start();
            char before = s > 0 ? masked.charAt(s - 1) : ' ';
            int after = skipSpaces(masked, m.end());
            char next = after < masked.length() ? masked.charAt(after) : ' ';
            if (before == '.' || before == '$' || before == '#' || Character.isDigit(before) || next == '(' || next == ':'
                    || KEYWORDS.contains(id) || Character.isUpperCase(id.charAt(0)) || fields.containsKey(id)) {
                continue;
            }
            at.error(base < 0 ? -1 : base + s, type.getSimpleName() + " has no field '" + id + "'; its fields are "
                    + String.join(", ", fields.keySet()));
        }
        Matcher c = COMPARE.matcher(expr);
        while (c.find()) {
            Class<?> ft = fields.get(c.group(1));
            String value = c.group(3);
            if (ft == null) {
                continue;
            }
            boolean numeric = Number.class.isAssignableFrom(ft) || (ft.isPrimitive() && ft != boolean.class);
            if (numeric && value.startsWith("\"") && !isNumber(value.substring(1, value.length() - 1))) {
                at.error(base < 0 ? -1 : base + c.start(3), type.getSimpleName() + "." + c.group(1) + " is a number ("
                        + ft.getSimpleName() + "), but is compared with the text " + value + "; write a number");
            } else if ((ft == boolean.class || ft == Boolean.class) && !value.startsWith("\"") ) {
                at.error(base < 0 ? -1 : base + c.start(3), type.getSimpleName() + "." + c.group(1)
                        + " is true or false, but is compared with " + value);
            } else if (ft == boolean.class && value.startsWith("\"")) {
                at.error(base < 0 ? -1 : base + c.start(3), type.getSimpleName() + "." + c.group(1)
                        + " is true or false, but is compared with the text " + value);
            }
        }
    }

    private static boolean isNumber(String s) {
        try {
            new BigDecimal(s.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Where the constraint's text starts in the file: searched from the pattern's line; -1 when not found. */
    private static int position(Located at, String expr, PatternDescr p) {
        String text = at.text();
        int from = p.getLine() > 0 ? Math.max(0, Located.offsetOfLine(text, p.getLine())) : 0;
        int i = text.indexOf(expr, from);
        if (i < 0) {
            i = text.indexOf(expr);
        }
        return i < 0 ? (p.getLine() > 0 ? from : -1) : i;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String decapitalize(String s) {
        return s.length() > 1 && Character.isUpperCase(s.charAt(1)) ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
