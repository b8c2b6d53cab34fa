package io.roiassay.engine.workflow;

/** A problem in a scenario file, placed at file, line and column (0 when unknown). */
public record ScenarioError(String file, int line, int column, String message) {

    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line + (column > 0 ? ":" + column : "") : file;
        return where + ": " + message;
    }
}
