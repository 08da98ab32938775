package dev.larder.index;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Timestamps the way PyPI writes them (Python's {@code isoformat()}), which uv parses strictly. */
public final class PepTimes {
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private PepTimes() {}

    /** PEP 700 {@code upload-time}: UTC, microseconds when non-zero, and a {@code Z}. */
    public static String iso8601(Instant t) {
        return isoformat(t) + "Z";
    }

    /** The JSON API's zone-less {@code upload_time}. */
    public static String isoformat(Instant t) {
        LocalDateTime local = LocalDateTime.ofInstant(t, ZoneOffset.UTC);
        String base = SECONDS.format(local);
        int micros = local.getNano() / 1000;
        return micros == 0 ? base : base + "." + String.format("%06d", micros);
    }
}
