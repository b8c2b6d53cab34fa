package io.roiassay.engine.rules;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule watchdog halts late runs and lets go of finished ones at once. */
class RuleWatchdogTest {

    @Test
    void cancelledWatches_leaveTheTimerQueue_soFinishedRunsAreNotKeptAlive() {
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
}
