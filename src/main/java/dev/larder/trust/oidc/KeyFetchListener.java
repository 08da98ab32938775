package dev.larder.trust.oidc;

/**
 * Told about every attempt to load an issuer's keys (discovery document and JWKS, or the pinned
 * file), for metrics. It cannot change what the cache does: whatever it throws is ignored.
 */
@FunctionalInterface
public interface KeyFetchListener {
    /**
     * @param issuerName the configured issuer's name, such as {@code github}
     * @param succeeded  whether a non-empty key set was loaded (and replaced the cached one)
     * @param nanos      how long the attempt took
     */
    void fetched(String issuerName, boolean succeeded, long nanos);

    KeyFetchListener NONE = (issuerName, succeeded, nanos) -> { };
}
