package io.roiassay.engine.caseio;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import io.roiassay.engine.errors.Causes;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.util.regex.Pattern;

/** Turns Jackson and SnakeYAML parse exceptions into messages without class names or source dumps. */
final class ParseMessages {

    private static final Pattern SOURCE_REF =
            Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");
    private static final Pattern CONTROL_CHAR = Pattern.compile("\\(\\(CTRL-CHAR, code \\d+\\)\\)");
    private static final Pattern CHAR_CODE = Pattern.compile("\\s*\\(code \\d+\\)");
    /** Jackson suggests enabling one of its features; that advice is for programmers, not case authors. */
    private static final Pattern FEATURE_HINT = Pattern.compile("\\s*[:;,]?\\s*enable `[^`]+`[^.;]*");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'", Pattern.DOTALL);
    private static final Pattern ALIAS_EVENT = Pattern.compile("AliasEvent\\(anchor=([^)]*)\\)");

    private ParseMessages() {
    }

    /** The problem for a parse exception, placed where the parser stopped. */
    static Problem describe(JsonProcessingException e, JsonParser parser, String kind) {
        String pointer = parser == null ? "" : pointerOf(parser.getParsingContext());
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        var duplicate = DUPLICATE.matcher(original);
        if (duplicate.lookingAt()) {
            return new Problem(pointer, line(e.getLocation()), column(e.getLocation()),
                    "duplicate key '" + duplicate.group(1) + "'; each key may appear only once in an object");
        }
        var alias = ALIAS_EVENT.matcher(original);
        if (alias.find()) {
            // An alias where a key belongs: Jackson names SnakeYAML's event class; say what the user wrote.
            return new Problem(pointer, line(e.getLocation()), column(e.getLocation()), alias(alias.group(1)));
        }
        MarkedYAMLException yaml = findYamlCause(e);
        if (yaml != null) {
            Mark mark = yaml.getProblemMark() != null ? yaml.getProblemMark() : yaml.getContextMark();
            String problem = yaml.getProblem() == null ? "malformed YAML" : yaml.getProblem();
            String context = yaml.getContext() == null ? "" : " (" + yaml.getContext() + ")";
            Integer line = mark == null ? line(e.getLocation()) : Integer.valueOf(mark.getLine() + 1);
            Integer column = mark == null ? column(e.getLocation()) : Integer.valueOf(mark.getColumn() + 1);
            return new Problem(pointer, line, column, "YAML syntax error: " + clean(problem) + context);
        }
        return new Problem(pointer, line(e.getLocation()), column(e.getLocation()),
                kind + " syntax error: " + lowerFirst(clean(original)));
    }

    /** Why a YAML alias ({@code *name}) is refused: the YAML reader hands over its name, not the value it refers to. */
    static String alias(String name) {
        return "a YAML alias (*" + name + ") is not supported in a case; write the value out";
    }

    /** Removes source excerpts, character codes and line breaks from a parser message. */
    static String clean(String message) {
        if (message == null || message.isBlank()) {
            return "malformed input";
        }
        String m = SOURCE_REF.matcher(message).replaceAll("line $1, column $2");
        m = CONTROL_CHAR.matcher(m).replaceAll("(a control character such as a line break)");
        m = CHAR_CODE.matcher(m).replaceAll("");
        m = FEATURE_HINT.matcher(m).replaceAll("");
        return m.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    static Integer line(JsonLocation at) {
        return at == null || at.getLineNr() < 1 ? null : at.getLineNr();
    }

    static Integer column(JsonLocation at) {
        return at == null || at.getColumnNr() < 1 ? null : at.getColumnNr();
    }

    private static String pointerOf(JsonStreamContext context) {
        try {
            return context == null ? "" : context.pathAsPointer().toString();
        } catch (RuntimeException e) {
            // The context of a broken document can be half-built; the line still locates the problem.
            return "";
        }
    }

    private static MarkedYAMLException findYamlCause(Throwable e) {
        return Causes.find(e, MarkedYAMLException.class);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
