package dev.larder.trust.oidc;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One issuer's public keys by key id, as pypi.org keeps them: fetched when a key id is not known
 * (the first token included), at most once per {@code minRefreshInterval}; a successful fetch
 * replaces the whole set, so keys the issuer withdrew stop working; a failed or empty fetch keeps
 * the old set, so an issuer outage does not stop tokens signed with keys already seen.
 */
final class IssuerKeyCache {
    private static final Logger LOG = LoggerFactory.getLogger(IssuerKeyCache.class);

    private final String issuerName;
    private final KeySetLoader loader;
    private final Clock clock;
    private final Duration minRefreshInterval;
    private final KeyFetchListener listener;
    // Refreshes are serialised so that a burst of tokens with a new key id causes one fetch.
    private final ReentrantLock refreshing = new ReentrantLock();
    private volatile Map<String, JWK> keys = Map.of();
    private volatile Instant lastAttempt;
    private volatile String lastFailure;

    IssuerKeyCache(String issuerName, KeySetLoader loader, Clock clock, Duration minRefreshInterval) {
        this(issuerName, loader, clock, minRefreshInterval, KeyFetchListener.NONE);
    }

    IssuerKeyCache(String issuerName, KeySetLoader loader, Clock clock, Duration minRefreshInterval,
                   KeyFetchListener listener) {
        this.issuerName = issuerName;
        this.listener = listener;
        this.loader = loader;
        this.clock = clock;
        this.minRefreshInterval = minRefreshInterval;
    }

    /** The public key with this id, refreshing the set first if the id is unknown and a refresh is due. */
    Optional<JWK> find(String kid) {
        JWK key = keys.get(kid);
        if (key != null) {
            return Optional.of(key);
        }
        refreshing.lock();
        try {
            key = keys.get(kid);
            if (key == null && refreshIsDue()) {
                refresh();
                key = keys.get(kid);
            }
        } finally {
            refreshing.unlock();
        }
        return Optional.ofNullable(key);
    }

    /** Why the last refresh failed, if it did: the keys may be missing or out of date. */
    Optional<String> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    private boolean refreshIsDue() {
        return lastAttempt == null || !clock.instant().isBefore(lastAttempt.plus(minRefreshInterval));
    }

    private void refresh() {
        // Failed attempts count against the rate limit too: an issuer that is down is not asked again at once.
        lastAttempt = clock.instant();
        long started = System.nanoTime();
        try {
            JWKSet loaded = loader.load();
            Map<String, JWK> byId = new HashMap<>();
            for (JWK jwk : loaded.getKeys()) {
                if (jwk.getKeyID() != null) {
                    byId.put(jwk.getKeyID(), jwk.toPublicJWK());
                }
            }
            keys = Map.copyOf(byId);
            lastFailure = null;
            LOG.info("Fetched the keys of trusted-publishing issuer '{}': {}", issuerName, byId.keySet());
            tell(true, started);
        } catch (KeySetUnavailable e) {
            lastFailure = e.getMessage();
            LOG.warn("Cannot refresh the keys of trusted-publishing issuer '{}', keeping the {} known: {}",
                    issuerName, keys.size(), e.getMessage());
            tell(false, started);
        }
    }

    private void tell(boolean succeeded, long started) {
        try {
            listener.fetched(issuerName, succeeded, System.nanoTime() - started);
        } catch (RuntimeException e) {
            LOG.debug("key fetch listener failed", e);
        }
    }
}
