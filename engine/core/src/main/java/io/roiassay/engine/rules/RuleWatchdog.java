package io.roiassay.engine.rules;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Stops rule runs that take too long: at the deadline the session is halted (it stops after the consequence
 * that is running). Rule code cannot loop or recurse (the pack code check refuses it), so a consequence
 * always returns; one stuck in a long call to an allowed helper is reported to the handler the command line
 * installs ({@link #onStuck}), which ends the process with exit 3, as nothing inside the JVM can stop it.
 *
 * <p>Every firing is watched (five per case), so a watch must cost next to nothing: it is an entry in a set
 * that one daemon thread looks over every {@link #TICK_MS} ms. Scheduling a timer task per firing instead
 * woke the timer thread twice per firing (schedule and cancel each signal it), a system call each: about a
 * tenth of a batch's time per case on this project's machines (docs/performance.md). The thread sleeps for
 * good once no watch has been added for a second, and the next watch wakes it; a deadline is therefore
 * enforced up to one tick late.
 */
public final class RuleWatchdog {

    /** How long a halted run may take to return before it counts as stuck. */
    static final long GRACE_MS = 2_000;

    /** How often the watchdog looks at the running firings. */
    static final long TICK_MS = 10;

    /** After this long without a watch the thread parks until the next one. */
    private static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(1);

    private static final Set<Watch> ACTIVE = ConcurrentHashMap.newKeySet();
    private static volatile boolean sleeping;
    private static volatile long lastWatchNanos = System.nanoTime();
    private static final Thread THREAD = start();

    private static volatile Consumer<String> stuck = message -> { };

    private RuleWatchdog() {
    }

    private static Thread start() {
        Thread t = new Thread(RuleWatchdog::loop, "roi-assay-rule-watchdog");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** How many watches are waiting (tests: a cancelled watch is not among them). */
    static int pending() {
        return ACTIVE.size();
    }

    /** Installs what to do when a rule never returns (the CLI prints the message and exits 3). */
    public static void onStuck(Consumer<String> handler) {
        stuck = handler;
    }

    /**
     * Watches one firing: {@code halt} runs about {@code delayMs} from now; if the firing has not returned
     * {@link #GRACE_MS} later, the stuck handler gets {@code stuckMessage}. Cancel the watch when it returns.
     */
    static Watch watch(long delayMs, Runnable halt, Supplier<String> stuckMessage) {
        long now = System.nanoTime();
        Watch w = new Watch(now + TimeUnit.MILLISECONDS.toNanos(Math.max(1, delayMs)), halt, stuckMessage);
        ACTIVE.add(w);
        lastWatchNanos = now;
        // The thread sets sleeping, then looks at ACTIVE; here ACTIVE was written, then sleeping is read:
        // one of the two sees the other, so a watch is never left to a parked thread.
        if (sleeping) {
            sleeping = false;
            LockSupport.unpark(THREAD);
        }
        return w;
    }

    private static void loop() {
        while (true) {
            long now = System.nanoTime();
            for (Watch w : ACTIVE) {
                try {
                    w.check(now);
                } catch (RuntimeException | Error e) {
                    // a halt or a handler that failed must not end the watch over every other run
                    w.cancel();
                }
            }
            if (ACTIVE.isEmpty() && now - lastWatchNanos > IDLE_NANOS) {
                sleeping = true;
                if (ACTIVE.isEmpty()) {
                    LockSupport.park(RuleWatchdog.class);
                }
                sleeping = false;
            } else {
                LockSupport.parkNanos(RuleWatchdog.class, TimeUnit.MILLISECONDS.toNanos(TICK_MS));
            }
        }
    }

    /** One watched firing. */
    static final class Watch {
        private final long haltAt;
        private final Runnable halt;
        private final Supplier<String> stuckMessage;
        private long stuckAt;
        private volatile boolean halted;
        private volatile boolean done;
        private boolean reported;

        private Watch(long haltAt, Runnable halt, Supplier<String> stuckMessage) {
            this.haltAt = haltAt;
            this.halt = halt;
            this.stuckMessage = stuckMessage;
        }

        /** On the watchdog thread: halts the run at its deadline, reports it once when it is still running after the grace. */
        private void check(long now) {
            if (done) {
                return;
            }
            if (!halted) {
                if (now - haltAt >= 0) {
                    halted = true;
                    stuckAt = now + TimeUnit.MILLISECONDS.toNanos(GRACE_MS);
                    if (!done) {
                        halt.run();
                    }
                }
            } else if (!reported && now - stuckAt >= 0) {
                reported = true;
                if (!done) {
                    stuck.accept(stuckMessage.get());
                }
            }
        }

        /** The firing returned: nothing more to do. */
        void cancel() {
            done = true;
            ACTIVE.remove(this);
        }

        /** Whether the deadline passed and the session was halted. */
        boolean halted() {
            return halted;
        }
    }
}
