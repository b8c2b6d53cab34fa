package io.roiassay.engine.caseio;

/**
 * A problem before it is placed in the file: a JSON pointer into the document ({@code /costs/2/amount})
 * and the message. Line and column are set only when the parser reported them itself.
 */
record Problem(String pointer, Integer line, Integer column, String message) {

    /** A problem to be located through the {@link LocationIndex}. */
    static Problem at(String pointer, String message) {
        return new Problem(pointer, null, null, message);
    }
}
