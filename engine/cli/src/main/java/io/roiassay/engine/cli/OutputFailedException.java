package io.roiassay.engine.cli;

/**
 * The result could not be written where it was asked for: standard output closed or full, or the {@code --out} file
 * refused by the system after the work was done. Exit 1 with this message: the work was fine, the machine refused
 * the result, and exit 0 would claim a report nobody received.
 */
final class OutputFailedException extends Exception {

    OutputFailedException(String message) {
        super(message);
    }
}
