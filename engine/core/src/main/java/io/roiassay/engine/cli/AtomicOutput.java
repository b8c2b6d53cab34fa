package io.roiassay.engine.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a command's result to standard output or to a file. A file is written to a temporary file beside
 * it and renamed into place, so a reader never sees half a report and a failed run leaves nothing behind.
 */
final class AtomicOutput {

    private AtomicOutput() {
    }

    /** Writes text to {@code out}, or to standard output when {@code out} is null. */
    static void write(Path out, String text, PrintStream stdout) throws IOException {
        if (out == null) {
            stdout.print(text);
            stdout.flush();
            return;
        }
        write(out, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes bytes to a file atomically. */
    static void write(Path out, byte[] bytes) throws IOException {
        Path target = out.toAbsolutePath();
        Path dir = target.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new IOException("directory " + dir + " does not exist");
        }
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
