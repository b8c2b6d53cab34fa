package io.roiassay.engine.caseio;

import java.util.Objects;

/**
 * One problem found in a case file, written for the person who has to fix it.
 *
 * @param file    the file (or source name) the case came from
 * @param path    the field path, such as {@code costs[2].amount}, or {@code (root)} for the whole document
 * @param line    1-based line, or null when unknown
 * @param column  1-based column, or null when unknown
 * @param message what was expected and what was found
 */
public record CaseError(String file, String path, Integer line, Integer column, String message) {

    public CaseError {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** The error as one line: {@code file:line:column: path: message}, leaving out an unknown line or column. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(file);
        if (line != null) {
            b.append(':').append(line);
            if (column != null) {
                b.append(':').append(column);
            }
        }
        return b.append(": ").append(path).append(": ").append(message).toString();
    }
}
