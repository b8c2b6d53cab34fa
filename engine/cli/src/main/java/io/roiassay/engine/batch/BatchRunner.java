package io.roiassay.engine.batch;

import io.roiassay.engine.caseio.CaseFiles;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.roiassay.engine.assess.AssessOptions;
import io.roiassay.engine.assess.AssessmentEngine;
import io.roiassay.engine.caseio.CaseError;
import io.roiassay.engine.caseio.CaseException;
import io.roiassay.engine.caseio.CaseReader;
import io.roiassay.engine.report.JsonReportWriter;
import io.roiassay.engine.report.Report;
import io.roiassay.engine.rules.RuleExecutionException;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Streams a batch through the engine. With more than one job, inputs are assessed in parallel while a
 * bounded queue of pending results keeps memory flat and output in input order; a bad case becomes an
 * error record and the batch goes on.
 */
public final class BatchRunner {

    private final AssessmentEngine engine;
    private final CaseReader reader;
    private final String language;
    private final int jobs;
    private final BatchOutput output;
    private final AssessOptions options;
    private final boolean embedCase;

    /**
     * A runner writing full report lines.
     *
     * @param language the report language for every case, or null for each case's own
     * @param jobs     worker threads (1 assesses on the calling thread)
     */
    public BatchRunner(AssessmentEngine engine, CaseReader reader, String language, int jobs) {
        this(engine, reader, language, jobs, AssessOptions.NO_DRAWS, BatchOutput.REPORTS);
    }

    /**
     * @param language the report language for every case, or null for each case's own
     * @param jobs     worker threads (1 assesses on the calling thread)
     * @param options  Monte Carlo draws and seed for every case (each case draws on its own seeded stream, so
     *                 the output does not depend on the number of jobs)
     * @param output   what to write per input
     */
    public BatchRunner(AssessmentEngine engine, CaseReader reader, String language, int jobs, AssessOptions options,
                       BatchOutput output) {
        this(engine, reader, language, jobs, options, output, false);
    }

    private BatchRunner(AssessmentEngine engine, CaseReader reader, String language, int jobs, AssessOptions options,
                        BatchOutput output, boolean embedCase) {
        this.options = options;
        this.embedCase = embedCase;
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1");
        }
        this.engine = engine;
        this.reader = reader;
        this.language = language;
        this.jobs = jobs;
        this.output = output;
    }

    /** The same runner, embedding each case in its report ({@code provenance.case}, {@code batch --embed-case}). */
    public BatchRunner embeddingCases() {
        return new BatchRunner(engine, reader, language, jobs, options, output, true);
    }

    /** Assesses every input and writes one JSON line per input, in input order. */
    public BatchSummary run(BatchInput input, OutputStream out, Progress progress) throws IOException, InterruptedException {
        if (output != BatchOutput.REPORTS) {
            throw new IllegalStateException("this runner writes " + output.id() + ": give both outputs");
        }
        return run(input, out, null, progress);
    }

    /**
     * Assesses every input and writes, in input order, one report line per input to {@code reports} and
     * one summary row per input to {@code summary} (after the CSV header), as the output mode says.
     *
     * @param reports where report lines go (unused, may be null, in summary mode)
     * @param summary where summary rows go (unused, may be null, in reports mode)
     */
    public BatchSummary run(BatchInput input, OutputStream reports, OutputStream summary, Progress progress)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        Counter counter = new Counter(output.reports() ? reports : null, output.summary() ? summary : null, progress);
        if (counter.summary != null) {
            counter.summary.write(SummaryCsv.header());
        }
        if (jobs == 1) {
            while (input.hasNext()) {
                counter.write(assessOne(input.next()));
            }
        } else {
            runParallel(input, counter);
        }
        progress.finish();
        return new BatchSummary(counter.assessed, counter.rejected, counter.grades, Duration.ofNanos(System.nanoTime() - start),
                counter.rulePackFailures, counter.ids.warning());
    }

    private void runParallel(BatchInput input, Counter counter) throws IOException, InterruptedException {
        ExecutorService workers = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "roi-assay-batch");
            t.setDaemon(true);
            return t;
        });
        BlockingQueue<Future<BatchResult>> pending = new ArrayBlockingQueue<>(jobs * 256);
        try {
            while (input.hasNext()) {
                BatchItem item = input.next();
                if (pending.remainingCapacity() == 0) {
                    counter.write(result(pending.take()));
                }
                pending.put(workers.submit(() -> assessOne(item)));
            }
            while (!pending.isEmpty()) {
                counter.write(result(pending.take()));
            }
        } finally {
            workers.shutdownNow();
        }
    }

    private static BatchResult result(Future<BatchResult> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a batch worker failed: " + e.getCause(), e.getCause());
        }
    }

    /** Reads, assesses and writes one input; never throws for a bad case. */
    BatchResult assessOne(BatchItem item) {
        try {
            if (item.content() == null) {
                String why = item.problem() != null ? item.problem() : item.file() == null
                        ? "the line is longer than " + CaseFiles.MAX_CASE_BYTES + " bytes (2 MiB, the case size limit)"
                        : "cannot read the file (not a readable regular file, or larger than "
                                + CaseFiles.MAX_CASE_BYTES + " bytes)";
                return error(item, List.of(new CaseError(item.sourceName(), "(root)", null, null, why)));
            }
            io.roiassay.engine.model.Case theCase = reader.read(item.content(), item.sourceName(), item.json());
            Report report = engine.assess(theCase, language, options);
            if (embedCase) {
                report = report.withEmbeddedCase(theCase);
            }
            return new BatchResult(output.reports() ? JsonReportWriter.compactLine(report) : null,
                    output.summary() ? SummaryCsv.row(item, report) : null,
                    report.verdict() == null ? "none" : report.verdict().grade(), false, report.caseId(), item.line(),
                    item.file());
        } catch (CaseException e) {
            return error(item, e.errors());
        } catch (RuleExecutionException e) {
            return error(item, List.of(new CaseError(item.sourceName(), "(rules)", null, null,
                    "the rule pack failed on this case: " + e.getMessage())), true);
        } catch (RuntimeException e) {
            // One case the engine cannot finish must not cost the rest of the batch.
            return error(item, List.of(new CaseError(item.sourceName(), "(root)", null, null,
                    "this case could not be assessed: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage()))));
        } catch (OutOfMemoryError e) {
            return error(item, List.of(new CaseError(item.sourceName(), "(root)", null, null,
                    "this case needs more memory than the JVM has (raise -Xmx)")));
        }
    }

    private BatchResult error(BatchItem item, List<CaseError> errors) {
        return error(item, errors, false);
    }

    private BatchResult error(BatchItem item, List<CaseError> errors, boolean rulePackFailed) {
        ErrorRecord record = ErrorRecord.of(item, errors);
        try {
            byte[] line = output.reports()
                    ? (JsonReportWriter.mapper().writeValueAsString(record) + "\n").getBytes(StandardCharsets.UTF_8)
                    : null;
            return new BatchResult(line, output.summary() ? SummaryCsv.errorRow(item, record) : null, null, rulePackFailed,
                    record.caseId(), item.line(), item.file());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an error record", e);
        }
    }

    /** Counts and writes results on the writing thread. */
    private static final class Counter {
        final OutputStream reports;
        final OutputStream summary;
        final Progress progress;
        long assessed;
        long rejected;
        long rulePackFailures;
        final Map<String, Long> grades = new TreeMap<>();
        final RepeatedIds ids = new RepeatedIds();

        Counter(OutputStream reports, OutputStream summary, Progress progress) {
            this.reports = reports;
            this.summary = summary;
            this.progress = progress;
        }

        void write(BatchResult r) throws IOException {
            if (reports != null) {
                reports.write(r.line());
            }
            if (summary != null) {
                summary.write(r.row());
            }
            if (r.rejected()) {
                rejected++;
                if (r.rulePackFailed()) {
                    rulePackFailures++;
                }
            } else {
                assessed++;
                grades.merge(r.grade(), 1L, Long::sum);
            }
            ids.see(r.caseId(), r.inputLine(), r.inputFile());
            progress.update(assessed + rejected);
        }
    }
}
