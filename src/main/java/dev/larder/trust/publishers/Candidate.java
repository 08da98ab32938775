package dev.larder.trust.publishers;

import java.util.Objects;

/**
 * A publisher offered to {@link PublisherSelector}, with the caller's id for it (a database
 * key, as text) so that the caller can tell which one was chosen and which belong to which
 * project. Two candidates may have equal specs, e.g. the same workflow trusted by two projects.
 */
public record Candidate(String id, PublisherSpec spec) {
    public Candidate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(spec, "spec");
    }
}
