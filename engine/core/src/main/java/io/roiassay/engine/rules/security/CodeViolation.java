package io.roiassay.engine.rules.security;

/**
 * One use of something outside the {@link CodePolicy} in a compiled rule pack.
 *
 * @param packageName the DRL package of the rule (dotted)
 * @param rule        the rule's name, or a description such as {@code function Helper} when not in a rule
 * @param call        what it uses, as {@code java.lang.System.exit}
 * @param kind        the kind of access, e.g. {@code process or environment access}
 */
public record CodeViolation(String packageName, String rule, String call, String kind) {
}
