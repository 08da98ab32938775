package dev.larder.accounts;

import java.time.Instant;
import java.util.Optional;

/**
 * One line of the security history: what happened ({@code kind}, e.g. {@code "sign-in"},
 * {@code "token:created"}, {@code "publisher:added"}), to which account and/or project, who or
 * what did it ({@code actor}: a user name, or {@code "trusted publisher ..."}), a sentence for
 * people ({@code detail}) and the remote address when a person did it.
 */
public record SecurityEvent(long id, Optional<Long> userId, Optional<String> projectKey, String kind, String actor,
                            String detail, Optional<String> address, Instant at) {}
