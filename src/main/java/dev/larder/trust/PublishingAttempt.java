package dev.larder.trust;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** One exchange attempt as a project's owners see it in the log. */
public record PublishingAttempt(
        long id, Instant at, String issuerName, boolean accepted, Optional<String> publisherId,
        String reason, Map<String, String> claims) {}
