package dev.larder.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The time-bounded checks behind /readyz, without a server. */
class ReadinessTest {
    @Test
    void eachPartIsOkUnreachableOrThrowingInTheProbesOrder() {
        try (Readiness r = new Readiness(List.of(
                new Readiness.Probe("database", () -> true),
                new Readiness.Probe("storage", () -> false),
                new Readiness.Probe("cache", () -> {
                    throw new IllegalStateException("boom");
                })), Duration.ofSeconds(2))) {
            assertThat(r.check()).containsExactly(Map.entry("database", "ok"), Map.entry("storage", "unreachable"),
                    Map.entry("cache", "unreachable"));
        }
    }

    @Test
    void aHangingProbeIsATimeoutAndIsNotStartedAgainWhileItHangs() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        try (Readiness r = new Readiness(List.of(
                new Readiness.Probe("database", () -> {
                    runs.incrementAndGet();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return true;
                }),
                new Readiness.Probe("storage", () -> true)), Duration.ofMillis(200))) {
            long started = System.nanoTime();
            assertThat(r.check()).containsExactly(Map.entry("database", "timeout"), Map.entry("storage", "ok"));
            assertThat(r.check()).containsEntry("database", "timeout");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
            assertThat(runs.get()).isEqualTo(1);
            release.countDown();
            Thread.sleep(50);
            assertThat(r.check()).containsEntry("database", "ok");
            assertThat(runs.get()).isEqualTo(2);
        }
    }

    @Test
    void afterCloseNothingIsReadyAndNothingThrows() {
        Readiness r = new Readiness(List.of(new Readiness.Probe("database", () -> true)), Duration.ofSeconds(1));
        r.close();
        assertThat(r.check()).containsExactly(Map.entry("database", "unreachable"));
    }
}
