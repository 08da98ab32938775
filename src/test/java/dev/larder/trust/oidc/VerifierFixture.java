package dev.larder.trust.oidc;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A verifier wired to one {@link TestIssuer} (registered as a {@code github}-type issuer), with a
 * hand-moved clock. The keys are made once per test run: RSA key generation is slow.
 */
final class VerifierFixture implements AutoCloseable {
    static final String AUDIENCE = "larder.example";
    static final RSAKey RSA = TestTokens.rsaKey("rsa-1");
    static final ECKey EC = TestTokens.ecKey("ec-1");

    final TestIssuer issuer;
    final SettableClock clock = new SettableClock(Instant.parse("2026-11-25T12:00:00Z"));
    final IssuerConfig config;
    final OidcTokenVerifier verifier;

    VerifierFixture() throws IOException {
        this(new KeyFetchPolicy(Duration.ofSeconds(2), 64 * 1024, Duration.ofSeconds(60)));
    }

    VerifierFixture(KeyFetchPolicy policy) throws IOException {
        issuer = TestIssuer.start();
        issuer.publish(RSA, EC);
        config = IssuerConfig.discovered("test", IssuerType.GITHUB, issuer.url());
        IssuerRegistry registry = IssuerRegistry.of(List.of(config));
        verifier = new OidcTokenVerifier(registry, AUDIENCE, clock, IssuerKeys.forRegistry(registry, clock, policy));
    }

    /** Claims of a good token issued now by the test issuer for {@link #AUDIENCE}. */
    Map<String, Object> claims() {
        return TestTokens.claims(issuer.url(), AUDIENCE, clock.epochSecond());
    }

    int jwksRequests() {
        return issuer.requestsFor(TestIssuer.JWKS);
    }

    @Override
    public void close() {
        issuer.close();
    }
}
