package dev.larder.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock a test moves forward by hand, to reach expiry times without waiting for them. It is
 * either frozen ({@link #now()}: time stands still between moves) or ticking ({@link #ticking()}:
 * real time plus the moves), for servers that also judge timestamps made by real-time parties
 * such as an OIDC issuer, which a frozen clock would soon see as "in the future".
 */
public final class MutableClock extends Clock {
    private final boolean ticking;
    private volatile Instant now;
    private volatile Duration offset = Duration.ZERO;

    public MutableClock(Instant start) {
        this(start, false);
    }

    private MutableClock(Instant start, boolean ticking) {
        this.now = start;
        this.ticking = ticking;
    }

    /** A frozen clock, set to the current time. */
    public static MutableClock now() {
        return new MutableClock(Instant.now());
    }

    /** A clock that follows the system clock, shifted by every {@link #advance}. */
    public static MutableClock ticking() {
        return new MutableClock(null, true);
    }

    /** Moves the clock by {@code d} (backwards when negative). */
    public void advance(Duration d) {
        if (ticking) {
            offset = offset.plus(d);
        } else {
            now = now.plus(d);
        }
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return ticking ? Instant.now().plus(offset) : now;
    }
}
