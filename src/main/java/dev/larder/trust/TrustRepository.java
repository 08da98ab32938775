package dev.larder.trust;

import dev.larder.trust.publishers.PublisherSpec;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Persistence port of trusted publishing. */
public interface TrustRepository {

    // --- publishers and the projects that trust them

    List<TrustedPublisher> publishersOfIssuer(String issuerName);

    List<TrustedPublisher> publishersOfProject(long projectId);

    /** Project ids per publisher id, for the given publishers. */
    Map<String, List<Long>> projectsOf(List<String> publisherIds);

    /**
     * Links the publisher (found by issuer and configuration key, or created) to the project.
     *
     * @throws TrustException 409 when the project already trusts it
     */
    TrustedPublisher addToProject(long projectId, String issuerName, PublisherSpec spec, String addedBy);

    /** Unlinks; a publisher no project trusts any more is deleted with its tokens. */
    boolean removeFromProject(long projectId, String publisherId);

    /** Stores ids pinned on first use. */
    void updateSpec(String publisherId, PublisherSpec spec);

    // --- pending publishers

    /** @throws TrustException 409 when this configuration is already pending */
    PendingPublisher addPending(String projectName, String normalizedName, String issuerName, PublisherSpec spec, long userId);

    List<PendingPublisher> pendingOfUser(long userId);

    List<PendingPublisher> pendingOfIssuer(String issuerName);

    boolean deletePending(String id, Optional<Long> owner);

    int deletePendingCreatedBefore(Instant cutoff);

    /**
     * Turns a pending publisher into a project and a publisher trusted by it, at once.
     *
     * @return the new project's id and the publisher; empty when the pending publisher is gone
     *         (a concurrent exchange reified it first)
     * @throws TrustException 409 when a project of that name exists already (the pending
     *         publisher is then deleted, as pypi.org does)
     */
    Optional<Reified> reify(PendingPublisher pending, String actor);

    record Reified(long projectId, TrustedPublisher publisher) {}

    // --- replay protection

    /** Records the token id; false when it was seen before. */
    boolean claimTokenId(String issuerUrl, String jti, Instant keepUntil);

    /** Forgets token ids and minted tokens that can no longer be used. */
    void forgetExpired(Instant now);

    // --- minted upload tokens

    /** {@code publisherIds} are every publisher the token speaks for; the first is its main one. */
    void insertToken(String id, List<String> publisherIds, String rootKey, String claimsJson, Instant created, Instant expires);

    Optional<PublisherTokenRow> token(String id);

    /** Deletes a minted token, which can then no longer upload; false when there was none. */
    boolean deleteToken(String id);

    record PublisherTokenRow(String id, TrustedPublisher publisher, List<String> publisherIds, String rootKey,
                             String claimsJson, Instant expires) {}

    // --- the attempt log and project settings

    void logAttempt(long projectId, String issuerName, boolean accepted, Optional<String> publisherId,
                    String reason, Map<String, String> claims);

    List<PublishingAttempt> attempts(long projectId, int limit);

    void setTrustedPublishingOnly(long projectId, boolean only);

    boolean trustedPublishingOnly(long projectId);
}
