package io.roiassay.engine.batch;

/**
 * One input of a batch: a JSONL line (with its 1-based line number) or a case file (with its name).
 *
 * @param line    the line number in a JSONL input, or 0 for a file
 * @param file    the file name for a directory input, or null for a JSONL line
 * @param content the case text, or null when it could not be read
 * @param json    whether the text is JSON (else YAML)
 * @param problem why the text could not be read (null: it was, or the line is over the size limit)
 */
public record BatchItem(long line, String file, String content, boolean json, String problem) {

    /** An input whose text was read (or a line over the size limit, when {@code content} is null). */
    public BatchItem(long line, String file, String content, boolean json) {
        this(line, file, content, json, null);
    }

    /** Why a JSONL line or case file is refused before it is parsed: its bytes are not UTF-8, as {@code assess} says. */
    static final String NOT_UTF8 = "the text is not UTF-8; save it as UTF-8";

    /** How errors name this input: {@code line 12} or the file name. */
    public String sourceName() {
        return file != null ? file : "line " + line;
    }
}
