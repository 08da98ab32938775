package dev.larder.projects;

import java.time.Instant;

/** A project; {@code name} is the display name of the latest upload, {@code normalizedName} its identity. */
public record Project(
        long id,
        String name,
        String normalizedName,
        Instant createdAt,
        long lastSerial,
        long totalSize) {}
