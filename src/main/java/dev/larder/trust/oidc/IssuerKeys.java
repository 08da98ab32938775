package dev.larder.trust.oidc;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** The key caches of all issuers of a registry, each loading from discovery or its pinned file. */
public final class IssuerKeys {
    private final Map<String, IssuerKeyCache> byIssuerName;

    private IssuerKeys(Map<String, IssuerKeyCache> byIssuerName) {
        this.byIssuerName = byIssuerName;
    }

    /** Caches that fetch nothing until the first token of an issuer arrives. */
    public static IssuerKeys forRegistry(IssuerRegistry registry, Clock clock, KeyFetchPolicy policy) {
        return forRegistry(registry, clock, policy, KeyFetchListener.NONE);
    }

    /** Also telling the listener about every fetch attempt. */
    public static IssuerKeys forRegistry(IssuerRegistry registry, Clock clock, KeyFetchPolicy policy,
                                         KeyFetchListener listener) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(policy.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        Map<String, IssuerKeyCache> caches = new HashMap<>();
        for (IssuerConfig issuer : registry.all()) {
            KeySetLoader loader = issuer.pinnedJwks()
                    .<KeySetLoader>map(file -> new PinnedKeySetLoader(file, policy.maxBytes()))
                    .orElseGet(() -> new DiscoveryKeySetLoader(issuer.url(), http, policy));
            caches.put(issuer.name(), new IssuerKeyCache(issuer.name(), loader, clock, policy.minRefreshInterval(), listener));
        }
        return new IssuerKeys(Map.copyOf(caches));
    }

    IssuerKeyCache of(IssuerConfig issuer) {
        IssuerKeyCache cache = byIssuerName.get(issuer.name());
        if (cache == null) {
            throw new IllegalArgumentException("no keys for issuer '" + issuer.name() + "': not in the registry");
        }
        return cache;
    }
}
