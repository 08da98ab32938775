package dev.larder.db;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Times are stored as microseconds since the epoch, which both databases keep exactly. */
public final class Micros {
    private Micros() {}

    public static long now() {
        return of(Instant.now());
    }

    public static long of(Instant t) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, t);
    }

    public static Instant toInstant(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }
}
