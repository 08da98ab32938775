package dev.larder.accounts;

import java.time.Instant;
import java.util.Optional;

/**
 * A browser session. {@code id} is the secret the cookie carries (never stored: the database keeps
 * its hash). A session without a user belongs to a visitor who was shown a form; a pending user
 * gave the right password and still owes the second factor.
 */
public record Session(String id, Optional<Long> userId, Optional<Long> pendingUserId, String csrfToken,
                      Optional<String> flash, Instant createdAt, Instant expiresAt) {

    public boolean signedIn() {
        return userId.isPresent();
    }
}
