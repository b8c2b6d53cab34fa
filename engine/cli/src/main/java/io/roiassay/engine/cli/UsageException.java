package io.roiassay.engine.cli;

/** The command line is wrong in a way picocli cannot see (a bad option value, a missing file). Exit code 2. */
public final class UsageException extends Exception {

    /** With the message shown after "assay: ". */
    public UsageException(String message) {
        super(message);
    }
}
