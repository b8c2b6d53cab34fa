package io.roiassay.engine.rules.security;

import java.util.Map;
import java.util.Set;

/**
 * The allow-list for code compiled from rule files: the fact model and rule helpers, the Drools rule DSL,
 * {@code java.math}, {@code String}, {@code Math}, boxed numbers and plain {@code java.util} collections.
 * Everything else — {@code System}, {@code Runtime}, processes, files, network, reflection, threads,
 * class loaders, system properties, clocks and random numbers — is refused. Owners are JVM internal
 * names ({@code java/lang/String}); members are method or field names.
 */
public final class CodePolicy {

    /** Whole packages (internal-name prefixes) whose every class may be used. */
    private static final String[] PACKAGES = {
        "io/roiassay/engine/facts/",
        "java/math/",
        "java/util/function/",
        "org/drools/model/",
        "org/drools/core/base/accumulators/",
        "org/drools/modelcompiler/dsl/",
    };

    /** Single classes that may be used, apart from the members in {@link #DENIED_MEMBERS}. */
    private static final Set<String> CLASSES = Set.of(
            "java/lang/Object", "java/lang/String", "java/lang/StringBuilder", "java/lang/CharSequence",
            "java/lang/Math", "java/lang/StrictMath", "java/lang/Number", "java/lang/Integer", "java/lang/Long",
            "java/lang/Double", "java/lang/Float", "java/lang/Short", "java/lang/Byte", "java/lang/Boolean",
            "java/lang/Character", "java/lang/Enum", "java/lang/Comparable", "java/lang/Iterable",
            "java/lang/Record", "java/io/Serializable",
            "java/lang/RuntimeException", "java/lang/IllegalArgumentException", "java/lang/IllegalStateException",
            "java/lang/ArithmeticException", "java/lang/NullPointerException",
            "java/lang/UnsupportedOperationException", "java/lang/IndexOutOfBoundsException",
            "java/lang/invoke/LambdaMetafactory", "java/lang/invoke/StringConcatFactory",
            "java/util/List", "java/util/Map", "java/util/Map$Entry", "java/util/Set", "java/util/Collection",
            "java/util/Collections", "java/util/Arrays", "java/util/Objects", "java/util/Optional",
            "java/util/Iterator", "java/util/ListIterator", "java/util/Comparator", "java/util/ArrayList",
            "java/util/LinkedList", "java/util/HashMap", "java/util/HashSet", "java/util/LinkedHashMap",
            "java/util/LinkedHashSet", "java/util/TreeMap", "java/util/TreeSet", "java/util/Locale",
            "java/util/StringJoiner", "java/util/NoSuchElementException",
            "java/util/regex/Pattern", "java/util/regex/Matcher",
            "java/time/format/DateTimeFormatter", "java/time/format/DateTimeFormatterBuilder",
            "java/time/temporal/ChronoField", "java/time/LocalDate", "java/time/LocalDateTime",
            "org/drools/modelcompiler/util/EvaluationUtil", "org/drools/util/DateUtils");

    /**
     * What rule code may not do to the run itself: stop it ({@code drools.halt()} ends the phase with the verdict,
     * the adjustments or the findings half made, and the report would still be written), move the agenda
     * ({@code setFocus}), reach past the rule DSL to the session, or delete a fact the engine inserted.
     */
    private static final Set<String> ENGINE_CONTROL = Set.of("halt", "setFocus", "getRuntime", "getContext",
            "getEntryPoint", "getChannel", "insertAsync", "delete");

    /** Members refused even on an allowed class: threads, system properties, clocks, randomness, stderr. */
    private static final Map<String, Set<String>> DENIED_MEMBERS = Map.ofEntries(
            Map.entry("java/lang/Object", Set.of("wait", "notify", "notifyAll")),
            Map.entry("java/lang/Integer", Set.of("getInteger")),
            Map.entry("java/lang/Long", Set.of("getLong")),
            Map.entry("java/lang/Boolean", Set.of("getBoolean")),
            Map.entry("java/lang/Math", Set.of("random")),
            Map.entry("java/lang/StrictMath", Set.of("random")),
            Map.entry("java/time/LocalDate", Set.of("now")),
            Map.entry("java/time/LocalDateTime", Set.of("now")),
            Map.entry("org/drools/model/Drools", ENGINE_CONTROL),
            Map.entry("org/drools/model/DroolsEntryPoint", Set.of("delete")),
            Map.entry("io/roiassay/engine/facts/Profile", Set.of("freeze")));

    /** Members allowed on a class that is otherwise refused. */
    private static final Map<String, Set<String>> ALLOWED_MEMBERS = Map.of(
            "java/lang/System", Set.of("arraycopy"));

    /** The kind of a violation that is a loop in rule code (a jump back), not a call. */
    public static final String LOOP = "a loop";
    /** The kind of a violation that is a method able to call itself again, directly or through others. */
    public static final String RECURSION = "recursion";

    /** The kind of a violation that is an anonymous or local class declared in rule code. */
    public static final String LOCAL_CLASS = "a class declared in rule code";
    /** The kind of a violation that is a lambda of an interface library code may call back unseen. */
    public static final String LAMBDA = "a lambda of an interface other than java.util.function's and Comparator";

    private CodePolicy() {
    }

    /**
     * Whether rule code may make a lambda of {@code type}: the {@code java.util.function} interfaces and
     * {@code Comparator}, whose calls the pack check follows, and the Drools rule DSL's, which only Drools calls.
     */
    public static boolean allowsLambdaOf(String type) {
        return type.startsWith("java/util/function/") || type.equals("java/util/Comparator")
                || type.startsWith("org/drools/");
    }

    /** Whether code from a rule file may use the class at all (extend it, create it, name it). */
    public static boolean allowsClass(String owner) {
        String base = elementType(owner);
        if (base == null) {
            return true;
        }
        if (CLASSES.contains(base)) {
            return true;
        }
        for (String p : PACKAGES) {
            if (base.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** Whether code from a rule file may call the method or read the field {@code member} of {@code owner}. */
    public static boolean allows(String owner, String member) {
        String base = elementType(owner);
        if (base == null) {
            return true;
        }
        Set<String> extra = ALLOWED_MEMBERS.get(base);
        if (extra != null && extra.contains(member)) {
            return true;
        }
        Set<String> denied = DENIED_MEMBERS.get(base);
        return allowsClass(base) && (denied == null || !denied.contains(member));
    }

    /** What kind of access a refused member stands for, for the message a consultant reads. */
    public static String kind(String owner, String member) {
        String base = elementType(owner);
        Set<String> denied = DENIED_MEMBERS.get(base);
        if (denied != null && denied.contains(member)) {
            return base.startsWith("org/drools/") || base.startsWith("io/roiassay/")
                    ? "control of the rule run (halting it, moving the agenda, deleting facts or freezing the profile)"
                    : "system property, clock, randomness or thread access";
        }
        return kind(owner);
    }

    /** What kind of access a refused owner stands for, for the message a consultant reads. */
    public static String kind(String owner) {
        String o = elementType(owner);
        if (o == null) {
            return "a forbidden class";
        }
        if (o.equals("java/lang/System") || o.equals("java/lang/Runtime") || o.startsWith("java/lang/Process")
                || o.equals("java/lang/Shutdown")) {
            return "process or environment access";
        }
        if (o.startsWith("java/io/") || o.startsWith("java/nio/") || o.startsWith("java/util/zip/")
                || o.startsWith("java/util/jar/") || o.startsWith("java/util/prefs/")) {
            return "file access";
        }
        if (o.startsWith("java/net/") || o.startsWith("javax/net/") || o.startsWith("java/rmi/")) {
            return "network access";
        }
        if (o.equals("java/lang/Class") || o.startsWith("java/lang/reflect/") || o.startsWith("java/lang/invoke/")
                || o.equals("java/lang/ClassLoader") || o.equals("java/lang/Module") || o.startsWith("sun/")
                || o.startsWith("jdk/")) {
            return "reflection or class loading";
        }
        if (o.startsWith("java/lang/Thread") || o.startsWith("java/util/concurrent/") || o.equals("java/util/Timer")) {
            return "thread access";
        }
        return "a class outside the rule allow-list";
    }

    /** The element type of an array descriptor or internal name; null for primitives. */
    private static String elementType(String owner) {
        String o = owner;
        while (o.startsWith("[")) {
            o = o.substring(1);
        }
        if (o.length() == 1) {
            return null;
        }
        if (o.startsWith("L") && o.endsWith(";")) {
            o = o.substring(1, o.length() - 1);
        }
        return o;
    }
}
