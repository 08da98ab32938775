package dev.larder.trust;

import dev.larder.trust.publishers.PublisherSpec;
import java.time.Instant;

/** A registered publisher: an issuer and a spec. One publisher may serve several projects. */
public record TrustedPublisher(String id, String issuerName, PublisherSpec spec, Instant createdAt) {}
