package io.roiassay.engine.cli;

import java.io.Console;

/** Whether the process talks to a person at a terminal, the same way on Java 17 and on Java 22 and later. */
final class Terminal {

    private Terminal() {
    }

    /**
     * True when standard input and output are a terminal. On Java 17, {@code System.console()} is non-null exactly
     * then; from Java 22 it is non-null for redirected output too and {@code Console.isTerminal()} tells, so that
     * method is asked when it exists ({@code assess x --format pdf > out.pdf} must not be refused there).
     */
    static boolean isInteractive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true; // Java 17-21: a console exists only when both streams are a terminal
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
