package dev.larder.accounts;

import java.time.Instant;
import java.util.Optional;

/** Persistence port for browser sessions, keyed by the hash of the cookie's secret. */
public interface SessionRepository {
    record Row(String idHash, Optional<Long> userId, Optional<Long> pendingUserId, String csrfToken,
               Optional<String> flash, Instant createdAt, Instant lastSeenAt, Instant expiresAt) {}

    void insert(Row row);

    Optional<Row> find(String idHash);

    /** Moves the idle expiry forward. */
    void touch(String idHash, Instant lastSeenAt, Instant expiresAt);

    void setFlash(String idHash, Optional<String> flash);

    /** Reads and clears the flash message in one step. */
    Optional<String> takeFlash(String idHash);

    void delete(String idHash);

    /** Ends every session of the user except the one named (empty: all of them). */
    int deleteForUser(long userId, Optional<String> exceptIdHash);

    int deleteExpired(Instant now);
}
