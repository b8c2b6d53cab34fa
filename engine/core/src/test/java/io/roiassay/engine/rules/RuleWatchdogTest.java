package io.roiassay.engine.rules;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule watchdog halts late runs and lets go of finished ones at once. */
class RuleWatchdogTest {

    @Test
    void cancelledWatches_areLetGoAtOnce_soFinishedRunsAreNotKeptAlive() {
        int before = RuleWatchdog.pending();
        for (int i = 0; i < 1000; i++) {
            RuleWatchdog.watch(60_000, () -> { }, () -> "never").cancel();
        }
        assertThat(RuleWatchdog.pending()).isLessThanOrEqualTo(before);
    }

    @Test
    void watchNotCancelled_haltsAtItsDeadline() throws Exception {
        AtomicBoolean halted = new AtomicBoolean();
        var watch = RuleWatchdog.watch(1, () -> halted.set(true), () -> "stuck");
        long until = System.nanoTime() + 5_000_000_000L;
        while (!halted.get() && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        watch.cancel();
        assertThat(halted).isTrue();
        assertThat(watch.halted()).isTrue();
    }

    @Test
    void aWatchAddedAfterTheWatchdogWentIdle_stillHalts() throws Exception {
        Thread.sleep(1_300); // longer than the idle second after which the watchdog thread parks for good

        AtomicBoolean halted = new AtomicBoolean();
        var watch = RuleWatchdog.watch(1, () -> halted.set(true), () -> "stuck");
        long until = System.nanoTime() + 5_000_000_000L;
        while (!halted.get() && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        watch.cancel();

        assertThat(halted).isTrue();
    }

    @Test
    void aRunThatDoesNotReturnAfterTheHalt_isReportedOnceAfterTheGrace() throws Exception {
        java.util.List<String> reported = new java.util.concurrent.CopyOnWriteArrayList<>();
        RuleWatchdog.onStuck(reported::add);
        try {
            long start = System.nanoTime();
            var watch = RuleWatchdog.watch(1, () -> { }, () -> "rule 'x' did not finish");
            long until = start + 10_000_000_000L;
            while (reported.isEmpty() && System.nanoTime() < until) {
                Thread.sleep(10);
            }
            long waitedMs = (System.nanoTime() - start) / 1_000_000;
            Thread.sleep(3 * RuleWatchdog.TICK_MS);
            watch.cancel();

            assertThat(reported).containsExactly("rule 'x' did not finish");
            assertThat(waitedMs).isGreaterThanOrEqualTo(RuleWatchdog.GRACE_MS);
        } finally {
            RuleWatchdog.onStuck(message -> { });
        }
    }

    @Test
    void aCancelledWatch_isNeitherHaltedNorReported() throws Exception {
        AtomicBoolean halted = new AtomicBoolean();
        var watch = RuleWatchdog.watch(50, () -> halted.set(true), () -> "stuck");
        watch.cancel();

        Thread.sleep(50 + 5 * RuleWatchdog.TICK_MS);

        assertThat(halted).isFalse();
        assertThat(watch.halted()).isFalse();
        assertThat(RuleWatchdog.pending()).isZero();
    }
}
