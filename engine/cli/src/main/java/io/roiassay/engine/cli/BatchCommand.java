package io.roiassay.engine.cli;

import io.roiassay.engine.RoiAssay;
import io.roiassay.engine.assess.AssessOptions;
import io.roiassay.engine.batch.BatchInput;
import io.roiassay.engine.batch.BatchOutput;
import io.roiassay.engine.batch.SummaryCsv;
import io.roiassay.engine.batch.BatchRunner;
import io.roiassay.engine.batch.BatchSummary;
import io.roiassay.engine.batch.Progress;
import io.roiassay.engine.io.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code assay batch INPUT}: assess a JSONL file (or {@code -} for standard input) or a directory of case
 * files, one compact JSON report (or error record) per line, in input order.
 */
@Command(name = "batch", mixinStandardHelpOptions = true, description = "Assess many cases: a JSONL file (- for standard input) or a directory of case files.")
final class BatchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "INPUT", description = "JSONL file, - for standard input, or a directory of .yaml/.json cases.")
    String input;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report lines to FILE (atomically) instead of standard output.")
    Path out;

    @Option(names = "--jobs", paramLabel = "N", description = "Worker threads (default: the number of processors).")
    Integer jobs;

    @Option(names = "--lang", paramLabel = "LANG", description = "Report language for every case (default: each case's own).")
    String lang;

    @Option(names = "--output", paramLabel = "WHAT", defaultValue = "reports",
            description = "reports (default: one full report per line: the report assess writes, compact), summary (a CSV table, "
                    + "one row per case) or both (reports to the output, the table to --summary FILE).")
    String output;

    @Option(names = "--summary", paramLabel = "FILE",
            description = "With --output both: write the summary table to FILE (atomically).")
    Path summaryFile;

    @Option(names = "--bom", description = "Start the summary table with a UTF-8 byte-order mark, so Excel reads Chinese text correctly.")
    boolean bom;

    @Option(names = "--draws", paramLabel = "N", description = "Monte Carlo draws per case (default: 0, none; break-even and tornado are always on).")
    Integer draws;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the draws (default: 1).")
    Long seed;

    @Option(names = "--embed-case", description = "Embed each case (its canonical JSON) in its report's provenance, as assess --embed-case does.")
    boolean embedCase;

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
        BatchOutput mode = outputMode();
        OutputTarget.check(out, "-".equals(input) ? null : Path.of(input));
        if (summaryFile != null) {
            OutputTarget.check("--summary", summaryFile, "-".equals(input) ? null : Path.of(input));
        }
        BatchInput source = open();
        RoiAssay assay = engine.load();
        BatchRunner runner = new BatchRunner(assay.engine(), assay.reader(), language, threads, options, mode);
        if (embedCase) {
            runner = runner.embeddingCases();
        }
        BatchRunner batch = runner;
        Progress progress = new Progress(System.err, Progress.stderrIsTerminal(), -1);
        BatchSummary[] summary = new BatchSummary[1];
        try (source) {
            run(mode, batch, source, progress, summary);
        } catch (StdoutClosed e) {
            throw new OutputFailedException(e.getMessage());
        }
        boolean empty = summary[0].assessed() + summary[0].rejected() == 0;
        if (!empty) { // "assessed 0, rejected 0, 0 cases/s" before the error would read like a run that happened
            System.err.println("assay batch: " + summary[0].line());
        }
        if (summary[0].repeatedIds() != null) {
            System.err.println("assay batch: warning: " + summary[0].repeatedIds());
        }
        if (empty) {
            // As for a folder with no case file: an empty batch is a wrong input (a truncated export, the wrong
            // file), not a success a nightly job would report as "all cases assessed".
            System.err.println("assay batch: " + ("-".equals(input) ? "standard input" : input)
                    + " holds no case (no line that is not blank)");
            return ExitCode.BAD_INPUT;
        }
        // A rule-pack failure is the pack's defect, as for assess (exit 3); otherwise a rejected case is the input's (2).
        return summary[0].rulePackFailures() > 0 ? ExitCode.BAD_PACK : summary[0].rejected() > 0 ? ExitCode.BAD_INPUT : ExitCode.OK;
    }

    private void run(BatchOutput mode, BatchRunner batch, BatchInput source, Progress progress, BatchSummary[] summary)
            throws IOException {
        if (mode == BatchOutput.BOTH) {
            ProcessGuard.writing(summaryFile);
            AtomicFiles.write(summaryFile, table -> toMainOutput(w ->
                    summary[0] = runUninterrupted(batch, source, w, withBom(table), progress)));
        } else if (mode == BatchOutput.SUMMARY) {
            toMainOutput(w -> summary[0] = runUninterrupted(batch, source, null, withBom(w), progress));
        } else {
            toMainOutput(w -> summary[0] = runUninterrupted(batch, source, w, null, progress));
        }
    }

    private BatchOutput outputMode() throws UsageException {
        BatchOutput mode = BatchOutput.of(output);
        if (mode == null) {
            throw new UsageException("--output must be reports, summary or both, not '" + output + "'");
        }
        if (mode == BatchOutput.BOTH && summaryFile == null) {
            throw new UsageException("--output both needs --summary FILE for the summary table");
        }
        if (mode != BatchOutput.BOTH && summaryFile != null) {
            throw new UsageException("--summary FILE goes with --output both (with --output summary the table "
                    + "goes to --out or standard output)");
        }
        if (embedCase && !mode.reports()) {
            throw new UsageException("--embed-case applies to the report lines: give --output reports or both");
        }
        if (bom && !mode.summary()) {
            throw new UsageException("--bom applies to the summary table: give --output summary or both");
        }
        if (summaryFile != null && out != null && summaryFile.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
            throw new UsageException("--summary and --out name the same file");
        }
        return mode;
    }

    private OutputStream withBom(OutputStream table) throws IOException {
        if (bom) {
            table.write(SummaryCsv.BOM);
        }
        return table;
    }

    /** Runs the content against --out (atomically) or standard output. */
    private void toMainOutput(AtomicFiles.Content content) throws IOException {
        if (out != null) {
            ProcessGuard.writing(out);
            AtomicFiles.write(out, content);
            return;
        }
        // Straight to file descriptor 1 (ProcessGuard): System.out's PrintStream adds locking and a second
        // buffer, and under the guard it is standard error, where plugins' prints go.
        StdoutFailure stdout = new StdoutFailure(ProcessGuard.rawStdout());
        OutputStream w = new BufferedOutputStream(stdout, 1 << 16);
        ProcessGuard.beforeStuckExit(() -> {
            try {
                w.flush(); // the records finished before a rule that never returns: written, not lost with it
            } catch (IOException e) {
                // standard output is gone; the stuck rule's exit 3 is what is left to say
            }
        });
        try {
            try {
                content.writeTo(w);
            } finally {
                w.flush();
            }
        } catch (IOException e) {
            if (stdout.failure == null) {
                throw e;
            }
            // `assay batch cases.jsonl | head`: the reader went away. Not an unexpected error of the tool.
            throw new StdoutClosed("standard output was closed before the batch ended (" + stdout.failure.getMessage()
                    + "), so the batch stopped: the program reading it ended early, or its disk is full");
        }
    }

    /** Standard output failed: an IOException so it passes through the writers, told apart in {@link #call}. */
    private static final class StdoutClosed extends IOException {
        StdoutClosed(String message) {
            super(message);
        }
    }

    /** Standard output that remembers its own failure, told apart from the input's (both are IOExceptions). */
    private static final class StdoutFailure extends java.io.FilterOutputStream {
        IOException failure;

        StdoutFailure(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }
    }

    /** The batch as file content: an interrupt ends the write like an I/O failure, leaving no file. */
    private static BatchSummary runUninterrupted(BatchRunner runner, BatchInput source, OutputStream reports,
                                                 OutputStream table, Progress progress) throws IOException {
        try {
            return runner.run(source, reports, table, progress);
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
            try {
                return BatchInput.directory(p);
            } catch (BatchInput.NoCaseFiles e) {
                throw new UsageException("batch input " + e.getMessage());
            }
        }
        if (!Files.isRegularFile(p)) {
            throw new UsageException("batch input " + input + " does not exist (give a JSONL file, - or a directory)");
        }
        return BatchInput.jsonl(Files.newInputStream(p));
    }
}
