package io.roiassay.engine.batch;

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
    private final AssessOptions options;

    /**
     * @param language the report language for every case, or null for each case's own
     * @param jobs     worker threads (1 assesses on the calling thread)
     */
    public BatchRunner(AssessmentEngine engine, CaseReader reader, String language, int jobs) {
        this(engine, reader, language, jobs, AssessOptions.NO_DRAWS);
    }

    /**
     * @param language the report language for every case, or null for each case's own
     * @param jobs     worker threads (1 assesses on the calling thread)
     * @param options  Monte Carlo draws and seed for every case (each case draws on its own seeded stream, so
     *                 the output does not depend on the number of jobs)
     */
    public BatchRunner(AssessmentEngine engine, CaseReader reader, String language, int jobs, AssessOptions options) {
        this.options = options;
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1");
        }
        this.engine = engine;
        this.reader = reader;
        this.language = language;
        this.jobs = jobs;
    }

    /** Assesses every input and writes one JSON line per input, in input order. */
    public BatchSummary run(BatchInput input, OutputStream out, Progress progress) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Counter counter = new Counter();
        if (jobs == 1) {
            while (input.hasNext()) {
                counter.write(assessOne(input.next()), out, progress);
            }
        } else {
            runParallel(input, out, progress, counter);
        }
        progress.finish();
        return new BatchSummary(counter.assessed, counter.rejected, counter.grades, Duration.ofNanos(System.nanoTime() - start));
    }

    private void runParallel(BatchInput input, OutputStream out, Progress progress, Counter counter)
            throws IOException, InterruptedException {
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
                    counter.write(result(pending.take()), out, progress);
                }
                pending.put(workers.submit(() -> assessOne(item)));
            }
            while (!pending.isEmpty()) {
                counter.write(result(pending.take()), out, progress);
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
                return error(item, List.of(new CaseError(item.sourceName(), "(root)", null, null, "cannot read the file")));
            }
            Report report = engine.assess(reader.read(item.content(), item.sourceName(), item.json()), language, options);
            return BatchResult.of(JsonReportWriter.compact(report), report.verdict() == null ? "none" : report.verdict().grade());
        } catch (CaseException e) {
            return error(item, e.errors());
        } catch (RuleExecutionException e) {
            return error(item, List.of(new CaseError(item.sourceName(), "(rules)", null, null,
                    "the rule pack failed on this case: " + e.getMessage())));
        }
    }

    private static BatchResult error(BatchItem item, List<CaseError> errors) {
        try {
            return BatchResult.of(JsonReportWriter.mapper().writeValueAsString(ErrorRecord.of(item, errors)), null);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an error record", e);
        }
    }

    /** Counts and writes results on the writing thread. */
    private static final class Counter {
        long assessed;
        long rejected;
        final Map<String, Long> grades = new TreeMap<>();

        void write(BatchResult r, OutputStream out, Progress progress) throws IOException {
            out.write(r.line());
            if (r.rejected()) {
                rejected++;
            } else {
                assessed++;
                grades.merge(r.grade(), 1L, Long::sum);
            }
            progress.update(assessed + rejected);
        }
    }
}
