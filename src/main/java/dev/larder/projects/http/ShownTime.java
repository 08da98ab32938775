package dev.larder.projects.http;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times as the manage pages show them: to the minute, in UTC, the same for every visitor. */
public final class ShownTime {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private ShownTime() {}

    public static String of(Instant at) {
        return FORMAT.format(at);
    }

    /** The machine-readable form for a {@code <time datetime>} attribute. */
    public static String iso(Instant at) {
        return at.toString();
    }
}
