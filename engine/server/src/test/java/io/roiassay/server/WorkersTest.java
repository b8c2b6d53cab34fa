package io.roiassay.server;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The workers run assessments in the order they came, a bounded number at once, and refuse beyond their queue. */
class WorkersTest {

    @Test
    void queuedTasks_runInTheOrderTheyCame() throws Exception {
        List<Integer> order = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch gate = new CountDownLatch(1);
        ExecutorService callers = Executors.newCachedThreadPool();
        try (Workers workers = new Workers(1, 8, Duration.ofSeconds(30))) {
            Future<?> blocker = callers.submit(() -> workers.run(() -> gate.await(10, TimeUnit.SECONDS)));
            waitUntilRunning(workers);
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                int n = i;
                calls.add(callers.submit(() -> workers.run(() -> order.add(n))));
                waitUntilQueued(workers, i + 1);
            }
            gate.countDown();
            blocker.get(10, TimeUnit.SECONDS);
            for (Future<?> f : calls) {
                f.get(10, TimeUnit.SECONDS);
            }
        } finally {
            callers.shutdownNow();
        }
        assertThat(order).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void aFullQueue_answers503Busy() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        ExecutorService callers = Executors.newCachedThreadPool();
        try (Workers workers = new Workers(1, 1, Duration.ofSeconds(30))) {
            callers.submit(() -> workers.run(() -> gate.await(10, TimeUnit.SECONDS)));
            waitUntilRunning(workers);
            callers.submit(() -> workers.run(() -> 1));
            waitUntilQueued(workers, 1);

            assertThatThrownBy(() -> workers.run(() -> 2)).isInstanceOfSatisfying(Problem.class,
                    p -> assertThat(p.status()).isEqualTo(503));
            gate.countDown();
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void theServerQueuesAsManyAsItHasRequestThreads_atLeast64_16PerWorker() {
        assertThat(AssayServer.httpThreads(2)).isEqualTo(64);
        assertThat(AssayServer.httpThreads(4)).isEqualTo(64);
        assertThat(AssayServer.httpThreads(8)).isEqualTo(128);
    }

    private static void waitUntilRunning(Workers workers) throws InterruptedException {
        for (int i = 0; i < 1000 && workers.active() == 0; i++) {
            Thread.sleep(5);
        }
        assertThat(workers.active()).isEqualTo(1);
    }

    private static void waitUntilQueued(Workers workers, int n) throws InterruptedException {
        for (int i = 0; i < 1000 && workers.queued() < n; i++) {
            Thread.sleep(5);
        }
        assertThat(workers.queued()).isEqualTo(n);
    }
}
