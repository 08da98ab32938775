package dev.larder.trust.oidc;

import java.time.Clock;
import java.util.Objects;

/**
 * Verifies the OIDC tokens CI jobs send to {@code POST /_/oidc/mint-token}, in pypi.org's order:
 * decode without verifying and read {@code iss}; find that issuer among the configured ones;
 * check the signature with the issuer's key named by {@code kid}; check the registered claims.
 * Thread-safe; one instance serves the whole server.
 */
public final class OidcTokenVerifier {
    private final IssuerRegistry registry;
    private final IssuerKeys keys;
    private final ClaimChecks claimChecks;

    /** A verifier that fetches issuers' keys with {@link KeyFetchPolicy#standard()}. */
    public OidcTokenVerifier(IssuerRegistry registry, String audience, Clock clock) {
        this(registry, audience, clock, IssuerKeys.forRegistry(registry, clock, KeyFetchPolicy.standard()));
    }

    /**
     * @param audience what every token's {@code aud} must be exactly: this index's audience
     * @param keys     the key caches of the same registry's issuers
     */
    public OidcTokenVerifier(IssuerRegistry registry, String audience, Clock clock, IssuerKeys keys) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.keys = Objects.requireNonNull(keys, "keys");
        if (audience == null || audience.isBlank()) {
            throw new IllegalArgumentException("the trusted-publishing audience must not be empty");
        }
        this.claimChecks = new ClaimChecks(audience, Objects.requireNonNull(clock, "clock"));
        // Fail at start-up, not at the first token, if the caches were made for another registry.
        registry.all().forEach(keys::of);
    }

    /**
     * @return the token's issuer and claims, if the token is valid
     * @throws TokenRejected {@code invalid-payload} if it is not a JWT with a string {@code iss}
     *                       ("malformed JWT") or its issuer is not configured ("unknown trusted
     *                       publishing issuer"); {@code invalid-token} for everything else
     */
    public VerifiedToken verify(String jwt) throws TokenRejected {
        UnverifiedToken token = UnverifiedToken.parse(jwt);
        IssuerConfig issuer = registry.byIssuerUrl(token.issuer())
                .orElseThrow(() -> TokenRejected.invalidPayload("unknown trusted publishing issuer"));
        SignatureCheck.verify(token, keys.of(issuer));
        claimChecks.check(token.claims(), issuer);
        return new VerifiedToken(issuer, token.claims());
    }
}
