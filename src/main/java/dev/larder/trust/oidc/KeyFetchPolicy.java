package dev.larder.trust.oidc;

import java.time.Duration;
import java.util.Objects;

/**
 * How Larder fetches and refreshes an issuer's keys.
 *
 * @param timeout            for each of the two requests (discovery document, then JWKS), connection
 *                           and body included: a slow issuer must not hold a mint request for long
 * @param maxBytes           largest discovery document or JWKS accepted (real ones are a few KiB)
 * @param minRefreshInterval an unknown key id triggers a refresh at most this often per issuer, so
 *                           tokens with made-up key ids cannot make Larder hammer the issuer
 */
public record KeyFetchPolicy(Duration timeout, int maxBytes, Duration minRefreshInterval) {
    public KeyFetchPolicy {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(minRefreshInterval, "minRefreshInterval");
        if (timeout.isNegative() || timeout.isZero() || maxBytes <= 0 || minRefreshInterval.isNegative()) {
            throw new IllegalArgumentException("timeout and maxBytes must be positive, minRefreshInterval not negative");
        }
    }

    /** 5 s per request and 256 KiB per document, as pypi.org's 5 s; refresh at most once a minute. */
    public static KeyFetchPolicy standard() {
        return new KeyFetchPolicy(Duration.ofSeconds(5), 256 * 1024, Duration.ofSeconds(60));
    }
}
