package dev.larder.trust;

import dev.larder.trust.publishers.PublisherSpec;
import java.time.Instant;

/** A publisher registered for a project name that does not exist yet; its first exchange creates the project. */
public record PendingPublisher(
        String id, String projectName, String normalizedName, String issuerName, PublisherSpec spec,
        long addedBy, Instant createdAt) {}
