package dev.larder.tokens;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A token as its owner sees it in listings: never the secret.
 *
 * @param projects normalized project names the token is limited to; empty means every project of the user
 */
public record ApiToken(
        String id,
        long userId,
        String description,
        List<String> projects,
        Instant createdAt,
        Optional<Instant> expiresAt,
        Optional<Instant> lastUsedAt) {}
