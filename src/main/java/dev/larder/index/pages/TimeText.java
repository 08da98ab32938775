package dev.larder.index.pages;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times as the pages show them: UTC to the minute, and the machine-readable form for {@code <time>}. */
public final class TimeText {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private TimeText() {}

    public static String minute(Instant t) {
        return MINUTE.format(t);
    }

    public static String day(Instant t) {
        return DAY.format(t);
    }

    public static String iso(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t);
    }
}
