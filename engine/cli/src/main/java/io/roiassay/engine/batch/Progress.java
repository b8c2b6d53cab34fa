package io.roiassay.engine.batch;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A progress line on standard error, redrawn at most five times a second, only when stderr is a terminal. */
public final class Progress {

    private final PrintStream err;
    private final boolean enabled;
    private final long total;
    private final long start = System.nanoTime();
    private long lastDraw;

    /**
     * @param total the number of inputs when known (a directory), else -1
     */
    public Progress(PrintStream err, boolean enabled, long total) {
        this.err = err;
        this.enabled = enabled;
        this.total = total;
    }

    /** Whether standard error is a terminal (Linux: /proc/self/fd/2 points at a tty or pts). */
    public static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return System.console() != null;
        }
    }

    /** Called after each input with the number done so far. */
    public void update(long done) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw < 200_000_000L) {
            return;
        }
        lastDraw = now;
        long rate = done * 1_000_000_000L / Math.max(1, now - start);
        String bar;
        if (total > 0) {
            int filled = (int) (30 * done / total);
            bar = "[" + "#".repeat(filled) + " ".repeat(30 - filled) + "] " + done + "/" + total;
        } else {
            bar = done + " cases";
        }
        err.print("\r" + bar + "  " + rate + " cases/s ");
        err.flush();
    }

    /** Clears the progress line. */
    public void finish() {
        if (enabled) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
