package io.roiassay.engine.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * Keeps the command line honest against code it runs (rule packs, plugins): the real standard output is
 * kept for reports and {@code System.out} is pointed at standard error, so nothing a plugin prints can
 * corrupt a report; and an exit the command line did not start ({@code System.exit} in a plugin) is caught
 * by a shutdown hook that says what happened and forces exit code 3 instead of a silent success.
 */
final class ProcessGuard {

    private static volatile PrintStream reportOut;
    private static volatile boolean exiting;
    private static volatile Path pendingFile;
    /**
     * The process's standard error, kept at install: a plugin may replace {@code System.err} (with a stream that
     * discards everything, say) before it ends the process, and the guard's message must still be seen.
     */
    private static volatile PrintStream realErr;
    /** What to write out before a stuck rule ends the process: a batch's records finished so far (standard output). */
    private static volatile Runnable beforeStuckExit;

    private ProcessGuard() {
    }

    /** Installs the guard for this process (the {@code assay} launcher only; tests and embedders do not). */
    static synchronized void install() {
        if (reportOut != null) {
            return;
        }
        reportOut = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false, StandardCharsets.UTF_8);
        realErr = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        io.roiassay.engine.rules.RuleWatchdog.onStuck(message -> {
            Runnable flush = beforeStuckExit;
            if (flush != null) {
                // on its own thread, waited for at most a second: a full pipe (a paused `| less`) would block the
                // flush, and the process must end with exit 3 whatever the output does
                Thread writer = new Thread(() -> {
                    try {
                        flush.run();
                    } catch (RuntimeException e) {
                        // the process ends with exit 3 below either way
                    }
                }, "assay-stuck-flush");
                writer.setDaemon(true);
                writer.start();
                try {
                    writer.join(1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            realErr.println("assay: " + Messages.clean(message));
            realErr.flush();
            Runtime.getRuntime().halt(ExitCode.BAD_PACK);
        });
        Runtime.getRuntime().addShutdownHook(new Thread(ProcessGuard::onShutdown, "assay-exit-guard"));
    }

    /** Where reports go: the process's real standard output when guarded, else the current {@code System.out}. */
    static PrintStream stdout() {
        PrintStream out = reportOut;
        return out != null ? out : System.out;
    }

    /**
     * Prints a text command's result (plugins, verify, diff, rules check, rules test) with control characters
     * escaped: names and values come from files, rules and plugins, and no escape sequence may reach the terminal.
     */
    static void printText(CharSequence text) {
        PrintStream out = stdout();
        out.print(Messages.clean(text.toString()));
        out.flush();
    }

    /** The report stream as a plain stream for bulk writing (file descriptor 1 itself when guarded). */
    static OutputStream rawStdout() {
        if (reportOut != null) {
            reportOut.flush();
            return new FileOutputStream(FileDescriptor.out);
        }
        return System.out;
    }

    /**
     * Registers what to write out when a rule that never returns ends the process (exit 3): a batch writing to
     * standard output flushes the records it finished, so they are not lost with the stuck case.
     */
    static void beforeStuckExit(Runnable flush) {
        beforeStuckExit = flush;
    }

    /** Notes the file a command is about to replace, so an unasked-for exit can say it was not written. */
    static void writing(Path file) {
        pendingFile = file;
    }

    /**
     * Ends the process with the command's own exit code, once its output is flushed, without running shutdown
     * hooks: the command is done, and a hook a plugin registered (one that sleeps forever, say) would otherwise
     * keep the process alive after its result was written — a review's ran 13 minutes, deaf to SIGTERM.
     */
    static void exit(int code) {
        exiting = true;
        PrintStream out = reportOut;
        if (out != null) {
            out.flush();
        }
        System.out.flush();
        System.err.flush();
        Runtime.getRuntime().halt(code);
    }

    private static void onShutdown() {
        if (exiting) {
            return;
        }
        String caller = exitCaller();
        if (caller == null) {
            return; // a signal (Ctrl-C, kill): the JVM ends with its own non-zero status
        }
        PrintStream err = realErr != null ? realErr : System.err;
        err.println("assay: " + Messages.clean(caller) + " ended the process (System.exit) before the command"
                + " finished: the result is void (exit 3)");
        Path file = pendingFile;
        if (file != null) {
            err.println("assay: " + Messages.clean(file.toString()) + " was not written by this run");
        }
        err.flush();
        Runtime.getRuntime().halt(ExitCode.BAD_PACK);
    }

    /** Who called {@code System.exit}/{@code Runtime.exit}, or null when no thread is exiting (a signal). */
    static String exitCaller() {
        for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
            StackTraceElement[] stack = e.getValue();
            boolean inExit = false;
            for (StackTraceElement f : stack) {
                boolean jdkExit = (f.getClassName().equals("java.lang.Shutdown") || f.getClassName().equals("java.lang.Runtime")
                        || f.getClassName().equals("java.lang.System")) && f.getMethodName().equals("exit");
                if (jdkExit) {
                    inExit = true;
                } else if (inExit) {
                    // The JVM's own signal handler (Ctrl-C, kill) exits through System.exit too: not a caller.
                    return f.getClassName().startsWith("java.lang.Terminator") ? null : describe(f);
                }
            }
        }
        return null;
    }

    private static String describe(StackTraceElement f) {
        String loader = f.getClassLoaderName();
        String where = f.getClassName() + "." + f.getMethodName();
        if (loader != null && loader.startsWith("plugin:")) {
            return "the plugin in " + loader.substring("plugin:".length()) + " (" + where + ")";
        }
        if ("roi-assay-rule-pack".equals(loader)) {
            return "a rule (" + where + ")";
        }
        return where;
    }
}
