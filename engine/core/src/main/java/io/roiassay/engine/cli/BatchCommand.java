package io.roiassay.engine.cli;

import io.roiassay.engine.RoiAssay;
import io.roiassay.engine.batch.BatchInput;
import io.roiassay.engine.batch.BatchRunner;
import io.roiassay.engine.batch.BatchSummary;
import io.roiassay.engine.batch.Progress;
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
import java.nio.file.StandardCopyOption;
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

    @Mixin
    EngineOptions engine;

    @Override
    public Integer call() throws Exception {
        String language = Cli.language(lang);
        int threads = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        if (threads < 1 || threads > 256) {
            throw new UsageException("--jobs must be between 1 and 256, not " + threads);
        }
        BatchInput source = open();
        RoiAssay assay = engine.load();
        BatchRunner runner = new BatchRunner(assay.engine(), assay.reader(), language, threads);
        Path tmp = null;
        BatchSummary summary;
        try (source) {
            OutputStream w;
            if (out == null) {
                // Straight to file descriptor 1: System.out's PrintStream adds locking and a second buffer.
                w = new BufferedOutputStream(System.out == STDOUT ? new FileOutputStream(FileDescriptor.out) : System.out, 1 << 16);
            } else {
                Path target = out.toAbsolutePath();
                tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
                w = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
            }
            try {
                summary = runner.run(source, w, new Progress(System.err, Progress.stderrIsTerminal(), -1));
            } finally {
                w.flush();
                if (out != null) {
                    w.close();
                }
            }
            if (tmp != null) {
                Files.move(tmp, out.toAbsolutePath(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                tmp = null;
            }
        } finally {
            if (tmp != null) {
                Files.deleteIfExists(tmp);
            }
        }
        System.err.println("assay batch: " + summary.line());
        return summary.rejected() > 0 ? ExitCode.BAD_INPUT : ExitCode.OK;
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
