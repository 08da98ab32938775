package dev.larder.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Browser sessions kept in the database, so every instance behind a load balancer knows them.
 * A session expires after {@link #IDLE} without a request and in any case {@link #ABSOLUTE} after
 * it began. Signing in (and completing the second factor) always starts a new session id, so an
 * id planted before sign-in is worth nothing afterwards.
 */
public final class SessionsFacade {
    public static final Duration IDLE = Duration.ofHours(12);
    public static final Duration ABSOLUTE = Duration.ofDays(14);
    /** A visitor who only looked at a form keeps its session this long. */
    static final Duration ANONYMOUS = Duration.ofHours(2);
    /** Writing last-seen on every page view would make every read a write; a minute's slack is enough. */
    private static final Duration TOUCH_AFTER = Duration.ofMinutes(1);
    private static final Duration PRUNE_EVERY = Duration.ofMinutes(5);

    private final SessionRepository sessions;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    /** When this instance last removed expired sessions (epoch millis); see {@link #create}. */
    private final AtomicLong lastPruned = new AtomicLong();

    public SessionsFacade(SessionRepository sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    /** A new session for a visitor who is not signed in (it carries the CSRF token of the forms shown). */
    public Session startAnonymous() {
        return create(Optional.empty(), Optional.empty(), ANONYMOUS);
    }

    /** The live session the cookie names, its idle expiry moved forward. */
    public Optional<Session> resume(String cookieValue) {
        if (cookieValue == null || cookieValue.isEmpty() || cookieValue.length() > 100) {
            return Optional.empty();
        }
        String hash = hash(cookieValue);
        Optional<SessionRepository.Row> found = sessions.find(hash);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SessionRepository.Row row = found.get();
        Instant now = clock.instant();
        if (!row.expiresAt().isAfter(now)) {
            sessions.delete(hash);
            return Optional.empty();
        }
        Instant expires = row.expiresAt();
        if (row.userId().isPresent() && now.isAfter(row.lastSeenAt().plus(TOUCH_AFTER))) {
            expires = min(now.plus(IDLE), row.createdAt().plus(ABSOLUTE));
            sessions.touch(hash, now, expires);
        }
        return Optional.of(new Session(cookieValue, row.userId(), row.pendingUserId(), row.csrfToken(), row.flash(),
                row.createdAt(), expires));
    }

    /** Replaces the session with a signed-in one for the user. */
    public Session signIn(Session current, long userId) {
        sessions.delete(hash(current.id()));
        return create(Optional.of(userId), Optional.empty(), IDLE);
    }

    /** Replaces the session with one that remembers the user owes the second factor. */
    public Session awaitSecondFactor(Session current, long userId) {
        sessions.delete(hash(current.id()));
        return create(Optional.empty(), Optional.of(userId), Duration.ofMinutes(10));
    }

    public void signOut(Session current) {
        sessions.delete(hash(current.id()));
    }

    /** After a password change or a second-factor reset: every other session of the user ends. */
    public int endOtherSessions(long userId, Optional<Session> keep) {
        return sessions.deleteForUser(userId, keep.map(s -> hash(s.id())));
    }

    /** A message shown once on the next page (after a redirect). */
    public void flash(Session session, String message) {
        sessions.setFlash(hash(session.id()), Optional.of(message));
    }

    public Optional<String> takeFlash(Session session) {
        if (session.flash().isEmpty()) {
            return Optional.empty();
        }
        return sessions.takeFlash(hash(session.id()));
    }

    public int removeExpired() {
        return sessions.deleteExpired(clock.instant());
    }

    private Session create(Optional<Long> userId, Optional<Long> pending, Duration lifetime) {
        String id = randomToken();
        String csrf = randomToken();
        Instant now = clock.instant();
        // Every visitor shown a form gets a row; expired ones go every few minutes, from whichever
        // instance starts a session then, so the table stays the size of the live sessions.
        long last = lastPruned.get();
        if (now.toEpochMilli() - last >= PRUNE_EVERY.toMillis() && lastPruned.compareAndSet(last, now.toEpochMilli())) {
            sessions.deleteExpired(now);
        }
        Instant expires = now.plus(lifetime);
        sessions.insert(new SessionRepository.Row(hash(id), userId, pending, csrf, Optional.empty(), now, now, expires));
        return new Session(id, userId, pending, csrf, Optional.empty(), now, expires);
    }

    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
