package dev.larder.ops;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Whether the parts a request needs (database, storage) answer now, each within a time limit.
 * A probe that hangs (a database behind a dead network, a stuck network file system) is reported
 * as {@code timeout} and is not started again while it still runs, so health checks arriving
 * every few seconds cannot pile up threads behind it.
 */
public final class Readiness implements AutoCloseable {
    public static final String OK = "ok";
    public static final String UNREACHABLE = "unreachable";
    public static final String TIMEOUT = "timeout";

    /** One named part and how to ask it whether it works; the probe may throw, which counts as unreachable. */
    public record Probe(String name, BooleanSupplier reachable) {}

    private final List<Probe> probes;
    private final Duration timeout;
    /** The last run of each probe, by name; guarded by {@code this}. */
    private final Map<String, Future<Boolean>> running = new HashMap<>();
    private final ExecutorService executor;

    public Readiness(List<Probe> probes, Duration timeout) {
        this.probes = List.copyOf(probes);
        this.timeout = timeout;
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "larder-readiness-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Each part's state, {@link #OK}, {@link #UNREACHABLE} or {@link #TIMEOUT}, in the probes' order. Never throws. */
    public Map<String, String> check() {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Future<Boolean>> started = new LinkedHashMap<>();
        for (Probe p : probes) {
            started.put(p.name(), start(p));
        }
        Map<String, String> states = new LinkedHashMap<>();
        started.forEach((name, future) -> states.put(name, await(future, deadline)));
        return states;
    }

    /** The probe's run still in progress, if any, else a new one. */
    private synchronized Future<Boolean> start(Probe p) {
        Future<Boolean> current = running.get(p.name());
        if (current == null || current.isDone()) {
            try {
                current = executor.submit(() -> p.reachable().getAsBoolean());
            } catch (RejectedExecutionException e) {
                // Closed: the server is going away, and nothing it needs is ready any more.
                return CompletableFuture.completedFuture(false);
            }
            running.put(p.name(), current);
        }
        return current;
    }

    private static String await(Future<Boolean> future, long deadline) {
        try {
            long left = Math.max(0, deadline - System.nanoTime());
            return future.get(left, TimeUnit.NANOSECONDS) ? OK : UNREACHABLE;
        } catch (TimeoutException e) {
            return TIMEOUT;
        } catch (ExecutionException e) {
            return UNREACHABLE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return TIMEOUT;
        } catch (RuntimeException e) {
            return UNREACHABLE;
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
