/**
 * The {@code assay} command line (picocli): one class per command. Exit codes follow the spec: 0 done,
 * 2 bad case or command line, 3 rule pack or plugin could not be loaded, 1 anything unexpected. Reports go
 * to standard output (or {@code --out}, written atomically); messages and logs to standard error.
 */
package io.roiassay.engine.cli;
