package io.roiassay.engine.rules.security;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * Allowed library methods whose cost (time or memory) grows without bound with one of their arguments, refused
 * in code from rule files: one such call inside a consequence never returns to Drools, so neither the firing
 * limit nor the rule time limit (which act between firings) could stop it. Each is listed with the reason a
 * consultant reads. Where a harmless form exists only for a literal argument (a {@code BigDecimal} written as
 * text, the pattern of the {@code matches} operator), the literal is checked instead.
 * Financial arithmetic (scales, powers, rounding) belongs in tested Java code, not in rules.
 */
public final class CostPolicy {

    /** The kind of every violation from this policy, as the consultant reads it. */
    public static final String KIND = "cost unbounded in an argument";

    private static final String TEXT = "builds a text as long as its argument asks";
    private static final String FORMAT = "a width or precision in the format pads the text to any length";
    private static final String REGEX = "a regular expression can take time exponential in the text's length;"
            + " use the matches operator with a literal pattern";
    private static final String CAPACITY = "reserves as much memory as its argument asks";
    private static final String SCALE = "a scale, power or precision argument makes a number of any number of digits;"
            + " do this arithmetic in Java (a fact method or a plugin)";
    private static final String BITS = "makes a number of any number of bits";
    private static final String KEPT_CALLBACK = "keeps a comparator that every later add or lookup calls back,"
            + " where the check cannot follow it (a comparator may call itself again); sort a list instead";

    /** Owner (internal name) to member to reason; a member may be {@code name(descriptor)} for one overload. */
    private static final Map<String, Map<String, String>> REFUSED = Map.of(
            "java/lang/String", Map.of("repeat", TEXT, "indent", TEXT, "format", FORMAT, "formatted", FORMAT,
                    "matches", REGEX, "replaceAll", REGEX, "replaceFirst", REGEX, "split", REGEX),
            "java/lang/StringBuilder", Map.of("repeat", TEXT, "setLength", CAPACITY, "ensureCapacity", CAPACITY,
                    "<init>(I)V", CAPACITY),
            "java/math/BigDecimal", Map.of("pow", SCALE, "setScale", SCALE, "scaleByPowerOfTen", SCALE,
                    "movePointLeft", SCALE, "movePointRight", SCALE, "valueOf(JI)Ljava/math/BigDecimal;", SCALE,
                    "divide(Ljava/math/BigDecimal;ILjava/math/RoundingMode;)Ljava/math/BigDecimal;", SCALE,
                    "divide(Ljava/math/BigDecimal;II)Ljava/math/BigDecimal;", SCALE),
            "java/math/MathContext", Map.of("<init>", SCALE),
            "java/math/BigInteger", Map.of("pow", BITS, "shiftLeft", BITS, "shiftRight", BITS, "setBit", BITS,
                    "flipBit", BITS, "clearBit", BITS),
            "java/util/Collections", Map.of("nCopies", "makes a list of any length, which joins and copies then walk"),
            "java/util/Arrays", Map.of("copyOf", CAPACITY, "copyOfRange", CAPACITY),
            "java/util/TreeSet", Map.of("<init>(Ljava/util/Comparator;)V", KEPT_CALLBACK),
            "java/util/TreeMap", Map.of("<init>(Ljava/util/Comparator;)V", KEPT_CALLBACK),
            "java/time/format/DateTimeFormatterBuilder", Map.of("padNext", FORMAT));

    /** Collections whose constructors taking an {@code int} reserve that much room up front. */
    private static final Set<String> SIZED_COLLECTIONS = Set.of("java/util/ArrayList", "java/util/HashMap",
            "java/util/HashSet", "java/util/LinkedHashMap", "java/util/LinkedHashSet");

    /** The only members of the regular-expression classes rule code may use: the {@code matches} operator's. */
    private static final Map<String, Set<String>> REGEX_ALLOWED = Map.of(
            "java/util/regex/Pattern", Set.of("compile", "matcher", "quote"),
            "java/util/regex/Matcher", Set.of("matches"));

    /** Longest {@code BigDecimal} literal, and its largest scale (either sign): as for numbers in a case. */
    private static final int MAX_NUMBER_CHARS = 40;
    private static final int MAX_NUMBER_SCALE = 20;

    private CostPolicy() {
    }

    /**
     * Why calling {@code owner.member(descriptor)} can cost without bound, or null when it cannot.
     * {@code last} and {@code beforeLast} are the constants the two instructions before the call pushed
     * (null when those instructions are not constants), so that a literal argument can be checked.
     */
    public static String refused(String owner, String member, String descriptor, Object last, Object beforeLast) {
        Map<String, String> refused = REFUSED.get(owner);
        if (refused != null) {
            String why = refused.get(member + descriptor);
            if (why == null) {
                why = refused.get(member);
            }
            if (why != null) {
                return why;
            }
        }
        if (SIZED_COLLECTIONS.contains(owner) && (member.equals("ensureCapacity")
                || member.equals("<init>") && descriptor.startsWith("(I"))) {
            return CAPACITY;
        }
        Set<String> regex = REGEX_ALLOWED.get(owner);
        if (regex != null && !regex.contains(member)) {
            return REGEX;
        }
        if (owner.equals("java/util/regex/Pattern") && member.equals("compile")) {
            if (descriptor.startsWith("(Ljava/lang/String;I")) {
                boolean plainFlags = last instanceof Integer flags && (flags & java.util.regex.Pattern.COMMENTS) == 0;
                return plainFlags ? RegexLiteral.refused(beforeLast) : REGEX;
            }
            return RegexLiteral.refused(last);
        }
        if (owner.equals("java/math/BigDecimal") && member.equals("<init>")) {
            return descriptor.equals("(Ljava/lang/String;)V") ? numberLiteral(last)
                    : descriptor.startsWith("(Ljava/lang/String;") || descriptor.startsWith("([C")
                    || descriptor.startsWith("(Ljava/math/BigInteger;I") ? SCALE : null;
        }
        return null;
    }

    private static String numberLiteral(Object text) {
        String bounds = "a BigDecimal from text must be a literal of at most " + MAX_NUMBER_CHARS
                + " characters with at most " + MAX_NUMBER_SCALE + " decimal places or exponent "
                + MAX_NUMBER_SCALE + " (as numbers in a case)";
        if (!(text instanceof String s) || s.length() > MAX_NUMBER_CHARS) {
            return bounds;
        }
        try {
            int scale = new BigDecimal(s).scale();
            return Math.abs(scale) <= MAX_NUMBER_SCALE ? null : bounds;
        } catch (NumberFormatException e) {
            return null; // throws when it runs, at no cost
        }
    }
}
