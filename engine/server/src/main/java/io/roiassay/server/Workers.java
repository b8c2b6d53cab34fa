package io.roiassay.server;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bounded pool assessments run on: a fixed number of workers, a bounded FIFO queue, and a time limit per
 * request. A full queue answers 503 (with {@code Retry-After}), a run over the limit answers 503 at once
 * (its worker finishes it and drops the result); neither stops the server. The server makes the queue as long
 * as it has HTTP threads ({@link AssayServer#httpThreads}), so a request that has a thread also has a place in
 * the queue: load beyond that waits for a thread, in order, instead of being refused.
 */
final class Workers implements AutoCloseable {

    private final ThreadPoolExecutor pool;
    private final Duration limit;

    Workers(int workers, int queue, Duration limit) {
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(queue), r -> {
                    Thread t = new Thread(r, "assay-worker-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        this.limit = limit;
    }

    /** Runs a task on the pool and waits for it within the time limit. */
    <T> T run(Callable<T> task) throws Exception {
        Future<T> future;
        try {
            future = pool.submit(task);
        } catch (RejectedExecutionException e) {
            throw new Problem(503, "busy", "Server busy", "too many assessments are waiting; try again shortly");
        }
        try {
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // Not interrupted: an interrupt in the middle of font or rule loading can leave shared state
            // half-built. The run finishes on its worker (the pool stays bounded) and its result is dropped.
            future.cancel(false);
            throw new Problem(503, "timeout", "Assessment took too long",
                    "the assessment took longer than the server's limit of " + limit.toMillis() + " ms");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception ex) {
                throw ex;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Assessments running now (tests). */
    int active() {
        return pool.getActiveCount();
    }

    /** Assessments waiting in the queue now (tests). */
    int queued() {
        return pool.getQueue().size();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
