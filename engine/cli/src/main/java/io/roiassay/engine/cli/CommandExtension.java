package io.roiassay.engine.cli;

/**
 * A subcommand another module adds to {@code assay} (e.g. {@code serve}), found through
 * {@link java.util.ServiceLoader}: the engine stays free of that module's dependencies.
 */
public interface CommandExtension {

    /** A new picocli command object (annotated with {@code @Command}). */
    Object command();
}
