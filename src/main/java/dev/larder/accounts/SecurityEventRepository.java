package dev.larder.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Persistence port for the security history. */
public interface SecurityEventRepository {
    void append(Optional<Long> userId, Optional<String> projectKey, String kind, String actor, String detail,
                Optional<String> address, Instant at);

    /** Newest first. */
    List<SecurityEvent> ofUser(long userId, int limit);

    /** Newest first; {@code projectKey} is the normalized project name. */
    List<SecurityEvent> ofProject(String projectKey, int limit);
}
