package io.roiassay.engine.rules;

import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Stops rule runs that take too long: at the deadline the session is halted (it stops after the consequence
 * that is running). Rule code cannot loop or recurse (the pack code check refuses it), so a consequence
 * always returns; one stuck in a long call to an allowed helper is reported to the handler the command line
 * installs ({@link #onStuck}), which ends the process with exit 3, as nothing inside the JVM can stop it.
 */
public final class RuleWatchdog {

    /** How long a halted run may take to return before it counts as stuck. */
    static final long GRACE_MS = 2_000;

    /**
     * One timer thread for every watch. Cancelled watches leave its queue at once: by default they would stay
     * until their deadline (20 s), each holding its run's session, trace and facts, so a batch kept some
     * 10,000 finished cases alive and every schedule and cancel worked on a queue that large.
     */
    private static final ScheduledExecutorService TIMER = timer();

    private static ScheduledExecutorService timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "roi-assay-rule-watchdog");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }

    /** How many watches are waiting (tests: a cancelled watch is not among them). */
    static int pending() {
        return ((ScheduledThreadPoolExecutor) TIMER).getQueue().size();
    }
    private static volatile Consumer<String> stuck = message -> { };

    private RuleWatchdog() {
    }

    /** Installs what to do when a rule never returns (the CLI prints the message and exits 3). */
    public static void onStuck(Consumer<String> handler) {
        stuck = handler;
    }

    /**
     * Watches one firing: {@code halt} runs after {@code delayMs}; if the firing has not returned
     * {@link #GRACE_MS} later, the stuck handler gets {@code stuckMessage}. Cancel the watch when it returns.
     */
    static Watch watch(long delayMs, Runnable halt, Supplier<String> stuckMessage) {
        Watch w = new Watch();
        w.halt = TIMER.schedule(() -> {
            w.halted = true;
            halt.run();
            if (w.done) {
                return;
            }
            w.stuck = TIMER.schedule(() -> {
                if (!w.done) {
                    stuck.accept(stuckMessage.get());
                }
            }, GRACE_MS, TimeUnit.MILLISECONDS);
            // A firing that returned while this was being scheduled cancelled before it could see the grace
            // timer (both sides write, then read the other's volatile: one of them sees the other).
            if (w.done) {
                w.stuck.cancel(false);
            }
        }, Math.max(1, delayMs), TimeUnit.MILLISECONDS);
        return w;
    }

    /** One watched firing. */
    static final class Watch {
        private volatile ScheduledFuture<?> halt;
        private volatile ScheduledFuture<?> stuck;
        private volatile boolean halted;
        private volatile boolean done;

        /** The firing returned: nothing more to do. */
        void cancel() {
            done = true;
            halt.cancel(false);
            ScheduledFuture<?> s = stuck;
            if (s != null) {
                s.cancel(false);
            }
        }

        /** Whether the deadline passed and the session was halted. */
        boolean halted() {
            return halted;
        }
    }
}
