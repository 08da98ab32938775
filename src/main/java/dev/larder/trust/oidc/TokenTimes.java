package dev.larder.trust.oidc;

import java.time.Instant;
import java.util.OptionalLong;

/** The NumericDate claims ({@code exp}, {@code iat}, {@code nbf}): seconds since 1970, UTC. */
final class TokenTimes {
    private TokenTimes() {
    }

    /** Whole seconds of a JSON number, truncated as Python's {@code int()} does; empty for other types. */
    static OptionalLong secondsOf(Object value) {
        if (value instanceof Long l) {
            return OptionalLong.of(l);
        }
        if (value instanceof Double d) {
            return OptionalLong.of(d.longValue());
        }
        return OptionalLong.empty();
    }

    static long seconds(Object value) {
        return secondsOf(value).orElseThrow(() -> new IllegalStateException("not a NumericDate: " + value));
    }

    /** An instant for any seconds value, clamped to what {@link Instant} can hold. */
    static Instant instant(long seconds) {
        long clamped = Math.max(Instant.MIN.getEpochSecond(), Math.min(Instant.MAX.getEpochSecond(), seconds));
        return Instant.ofEpochSecond(clamped);
    }

    /** "40 s", "12 min", "3 h", "5 days": how far apart two times are, for messages. */
    static String span(long seconds) {
        long s = Math.abs(seconds);
        if (s < 120) {
            return s + " s";
        }
        if (s < 2 * 3600) {
            return s / 60 + " min";
        }
        if (s < 2 * 86400) {
            return s / 3600 + " h";
        }
        return s / 86400 + " days";
    }
}
