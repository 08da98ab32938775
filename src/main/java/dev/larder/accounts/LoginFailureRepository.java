package dev.larder.accounts;

import java.time.Instant;
import java.util.List;

/** Persistence port for failed sign-ins, by subject ({@code user:<name>} or {@code address:<ip>}). */
public interface LoginFailureRepository {
    void add(String subject, Instant at);

    /** The subject's failures after {@code from}, oldest first. */
    List<Instant> since(String subject, Instant from);

    void clear(String subject);

    /** Deletes every failure older than {@code before}. */
    int prune(Instant before);
}
