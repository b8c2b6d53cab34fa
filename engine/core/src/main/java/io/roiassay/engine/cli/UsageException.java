package io.roiassay.engine.cli;

/** The command line is wrong in a way picocli cannot see (a bad option value, a missing file). Exit code 2. */
final class UsageException extends Exception {

    UsageException(String message) {
        super(message);
    }
}
