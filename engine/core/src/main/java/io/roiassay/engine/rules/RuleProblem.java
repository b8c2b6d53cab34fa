package io.roiassay.engine.rules;

/**
 * A problem in a rule pack: the file (as a user would open it), the line and column when known, the
 * message, and whether it is an error (the pack cannot be used) or a warning.
 */
public record RuleProblem(String file, int line, int column, String message, boolean error) {

    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line + (column > 0 ? ":" + column : "") : file;
        return where + ": " + (error ? "error: " : "warning: ") + message;
    }
}
