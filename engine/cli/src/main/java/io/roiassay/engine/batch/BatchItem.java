package io.roiassay.engine.batch;

/**
 * One input of a batch: a JSONL line (with its 1-based line number) or a case file (with its name).
 *
 * @param line    the line number in a JSONL input, or 0 for a file
 * @param file    the file name for a directory input, or null for a JSONL line
 * @param content the case text
 * @param json    whether the text is JSON (else YAML)
 */
public record BatchItem(long line, String file, String content, boolean json) {

    /** How errors name this input: {@code line 12} or the file name. */
    public String sourceName() {
        return file != null ? file : "line " + line;
    }
}
