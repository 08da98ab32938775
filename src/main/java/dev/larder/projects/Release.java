package dev.larder.projects;

import java.time.Instant;
import java.util.Optional;

/**
 * A release, identified within its project by the canonical version; {@code version} is the
 * normalized text of the first upload. Its metadata is the first upload's form, kept as JSON.
 */
public record Release(
        long id,
        long projectId,
        String version,
        String canonicalVersion,
        Instant createdAt,
        boolean yanked,
        Optional<String> yankedReason,
        Optional<String> requiresPython,
        String metadataJson) {}
