package io.roiassay.engine.cli;

/** The exit codes of every command, as the spec defines them. */
public final class ExitCode {
    /** Assessed (or the command did what it was asked). */
    public static final int OK = 0;
    /** Anything unexpected. */
    public static final int UNEXPECTED = 1;
    /** A check failed: a scenario failed, a report did not reproduce, or reports differ with {@code --exit-code}. */
    public static final int FAILED = 1;
    /** The case or the command line is wrong. */
    public static final int BAD_INPUT = 2;
    /** The rule pack or a plugin could not be loaded. */
    public static final int BAD_PACK = 3;

    private ExitCode() {
    }
}
