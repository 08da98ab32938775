package dev.larder.accounts.http;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** Times as the account pages show them: to the minute, in UTC, the same for every reader. */
public final class PageTimes {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private PageTimes() {}

    public static String of(Instant t) {
        return MINUTE.format(t);
    }

    public static String of(Optional<Instant> t, String none) {
        return t.map(PageTimes::of).orElse(none);
    }
}
