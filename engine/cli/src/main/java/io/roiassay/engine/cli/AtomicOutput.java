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
    static void write(Path out, String text, PrintStream stdout) throws IOException {
        write(out, text.getBytes(StandardCharsets.UTF_8), stdout);
    }

    /** Writes bytes (a rendered report in any format) to {@code out}, or to standard output when it is null. */
    static void write(Path out, byte[] bytes, PrintStream stdout) throws IOException {
        if (out == null) {
            stdout.write(bytes);
            stdout.flush();
            return;
        }
        AtomicFiles.write(out, bytes);
    }
}
