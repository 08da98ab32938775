package dev.larder.projects;

import java.time.Instant;

/**
 * A project; {@code name} is the display name of the latest upload, {@code normalizedName} its
 * identity. With {@code trustedPublishingOnly}, API tokens can no longer upload to it.
 */
public record Project(
        long id,
        String name,
        String normalizedName,
        Instant createdAt,
        long lastSerial,
        long totalSize,
        boolean trustedPublishingOnly) {}
