package io.roiassay.engine.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Loads something on a thread of its own while the command goes on (the engine while {@code assess} reads
 * its case: a cold start does both at once on two cores). {@link #get()} rethrows what the load threw, as
 * if it had been called in place; a result nobody asks for (the case was refused first) is dropped with the
 * process.
 */
final class BackgroundLoad<T> {

    private final FutureTask<T> task;

    private BackgroundLoad(Callable<T> load, String name) {
        this.task = new FutureTask<>(load);
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
    }

    /** Starts {@code load} now on a daemon thread named {@code name}. */
    static <T> BackgroundLoad<T> start(String name, Callable<T> load) {
        return new BackgroundLoad<>(load, name);
    }

    /** Whether the load has finished (or failed). */
    boolean isDone() {
        return task.isDone();
    }

    /** The loaded value; the load's own exception or error when it failed. */
    T get() throws Exception {
        try {
            return task.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception ex) {
                throw ex;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
