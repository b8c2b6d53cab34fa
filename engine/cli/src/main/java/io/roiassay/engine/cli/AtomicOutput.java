package io.roiassay.engine.cli;

import io.roiassay.engine.io.AtomicFiles;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes a command's result to standard output or, atomically ({@link AtomicFiles}), to a file.
 */
final class AtomicOutput {

    private AtomicOutput() {
    }

    /** Writes text to {@code out}, or to standard output when {@code out} is null. */
    static void write(Path out, String text, PrintStream stdout) throws OutputFailedException {
        write(out, text.getBytes(StandardCharsets.UTF_8), stdout);
    }

    /**
     * Writes bytes (a rendered report in any format) to {@code out}, or to standard output when it is null (whose
     * errors {@link Cli#outputDelivered} turns into exit 1 for every command).
     */
    static void write(Path out, byte[] bytes, PrintStream stdout) throws OutputFailedException {
        if (out == null) {
            stdout.write(bytes, 0, bytes.length);
            stdout.flush();
            return;
        }
        try {
            AtomicFiles.write(out, bytes);
        } catch (IOException e) {
            throw failed(out, e);
        }
    }

    /** The message for a file the system refused: the user's file, not the temporary one next to it. */
    static OutputFailedException failed(Path out, IOException e) {
        return new OutputFailedException("cannot write " + Messages.clean(out.toString()) + ": "
                + Messages.clean(AtomicFiles.reason(e)));
    }
}
