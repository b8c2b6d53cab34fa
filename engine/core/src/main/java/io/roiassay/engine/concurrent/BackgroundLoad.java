package io.roiassay.engine.concurrent;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Loads something on a thread of its own while the caller goes on: the engine while {@code assess} reads its
 * case, the rule index and catalogue while the knowledge base loads (a cold start does both at once on two
 * cores). {@link #get()} rethrows what the load threw, as if it had been called in place; a result nobody asks
 * for (the case was refused first) is dropped with the process.
 */
public final class BackgroundLoad<T> {

    private final FutureTask<T> task;

    private BackgroundLoad(Callable<T> load, String name) {
        this.task = new FutureTask<>(load);
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
    }

    /** Starts {@code load} now on a daemon thread named {@code name}. */
    public static <T> BackgroundLoad<T> start(String name, Callable<T> load) {
        return new BackgroundLoad<>(load, name);
    }

    /** Whether the load has finished (or failed). */
    public boolean isDone() {
        return task.isDone();
    }

    /** The loaded value; the load's own exception or error when it failed. */
    public T get() throws Exception {
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

    /**
     * The loaded value, for a load that throws no checked exception: its own unchecked exception or error when
     * it failed; an {@link IllegalStateException} when the wait was interrupted (the interrupt is kept).
     */
    public T join() {
        return join(RuntimeException.class);
    }

    /**
     * As {@link #join()}, for a load that may throw the checked exception {@code checked}: that exception is
     * thrown as itself; any other checked one is wrapped in an {@link IllegalStateException}.
     */
    public <X extends Exception> T join(Class<X> checked) throws X {
        try {
            return get();
        } catch (RuntimeException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a load", e);
        } catch (Exception e) {
            if (checked.isInstance(e)) {
                throw checked.cast(e);
            }
            throw new IllegalStateException(e);
        }
    }
}
