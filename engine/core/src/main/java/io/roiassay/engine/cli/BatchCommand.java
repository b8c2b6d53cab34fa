package io.roiassay.engine.cli;

import io.roiassay.engine.RoiAssay;
import io.roiassay.engine.assess.AssessOptions;
import io.roiassay.engine.batch.BatchInput;
import io.roiassay.engine.batch.BatchRunner;
import io.roiassay.engine.batch.BatchSummary;
import io.roiassay.engine.batch.Progress;
import io.roiassay.engine.io.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code assay batch INPUT}: assess a JSONL file (or {@code -} for standard input) or a directory of case
 * files, one compact JSON report (or error record) per line, in input order.
 */
@Command(name = "batch", description = "Assess many cases: a JSONL file (- for standard input) or a directory of case files.")
final class BatchCommand implements Callable<Integer> {

    /** The process's own standard output, to tell it from one a test or an embedder put in its place. */
    private static final java.io.PrintStream STDOUT = System.out;

    @Parameters(index = "0", paramLabel = "INPUT", description = "JSONL file, - for standard input, or a directory of .yaml/.json cases.")
    String input;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report lines to FILE (atomically) instead of standard output.")
    Path out;

    @Option(names = "--jobs", paramLabel = "N", description = "Worker threads (default: the number of processors).")
    Integer jobs;

    @Option(names = "--lang", paramLabel = "LANG", description = "Report language for every case (default: each case's own).")
    String lang;

    @Option(names = "--draws", paramLabel = "N", description = "Monte Carlo draws per case (default: 0, none; break-even and tornado are always on).")
    Integer draws;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the draws (default: 1).")
    Long seed;

    @Mixin
    EngineOptions engine;

    @Override
    public Integer call() throws Exception {
        String language = Cli.language(lang);
        AssessOptions options = DrawOptions.of(draws, seed, 0);
        int threads = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        if (threads < 1 || threads > 256) {
            throw new UsageException("--jobs must be between 1 and 256, not " + threads);
        }
        BatchInput source = open();
        RoiAssay assay = engine.load();
        BatchRunner runner = new BatchRunner(assay.engine(), assay.reader(), language, threads, options);
        Progress progress = new Progress(System.err, Progress.stderrIsTerminal(), -1);
        BatchSummary[] summary = new BatchSummary[1];
        try (source) {
            if (out == null) {
                // Straight to file descriptor 1: System.out's PrintStream adds locking and a second buffer.
                OutputStream w = new BufferedOutputStream(
                        System.out == STDOUT ? new FileOutputStream(FileDescriptor.out) : System.out, 1 << 16);
                try {
                    summary[0] = runner.run(source, w, progress);
                } finally {
                    w.flush();
                }
            } else {
                AtomicFiles.write(out, w -> summary[0] = runUninterrupted(runner, source, w, progress));
            }
        }
        System.err.println("assay batch: " + summary[0].line());
        return summary[0].rejected() > 0 ? ExitCode.BAD_INPUT : ExitCode.OK;
    }

    /** The batch as file content: an interrupt ends the write like an I/O failure, leaving no file. */
    private static BatchSummary runUninterrupted(BatchRunner runner, BatchInput source, OutputStream w, Progress progress)
            throws IOException {
        try {
            return runner.run(source, w, progress);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("the batch was interrupted");
        }
    }

    private BatchInput open() throws IOException, UsageException {
        if ("-".equals(input)) {
            return BatchInput.jsonl(System.in);
        }
        Path p = Path.of(input);
        if (Files.isDirectory(p)) {
            return BatchInput.directory(p);
        }
        if (!Files.isRegularFile(p)) {
            throw new UsageException("batch input " + input + " does not exist (give a JSONL file, - or a directory)");
        }
        return BatchInput.jsonl(Files.newInputStream(p));
    }
}
