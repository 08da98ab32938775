package dev.larder.trust.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the verifier asks the issuer for its keys, and what it does when the issuer fails. */
class IssuerKeyRefreshTest {
    static final RSAKey ROTATED = TestTokens.rsaKey("rsa-2");
    static final RSAKey LATER = TestTokens.rsaKey("rsa-3");

    VerifierFixture f;

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        if (f != null) {
            f.close();
        }
    }

    String token(RSAKey key) {
        return TestTokens.signed(key, f.claims());
    }

    boolean accepted(String jwt) {
        try {
            f.verifier.verify(jwt);
            return true;
        } catch (TokenRejected e) {
            return false;
        }
    }

    String rejection(String jwt) {
        return catchThrowableOfType(TokenRejected.class, () -> f.verifier.verify(jwt)).description();
    }

    @Test
    void theFirstTokenFetchesTheKeysOnceAndLaterTokensUseTheCache() throws IOException {
        f = new VerifierFixture();
        assertThat(f.jwksRequests()).isZero();

        for (int i = 0; i < 3; i++) {
            assertThat(accepted(token(VerifierFixture.RSA))).isTrue();
            f.clock.advance(Duration.ofHours(1));
        }

        assertThat(f.issuer.requestsFor(TestIssuer.DISCOVERY)).isEqualTo(1);
        assertThat(f.jwksRequests()).isEqualTo(1);
    }

    @Test
    void anUnknownKeyIdRefreshesOnceAndAnotherWithinAMinuteDoesNot() throws IOException {
        f = new VerifierFixture();
        assertThat(accepted(token(VerifierFixture.RSA))).isTrue();
        f.clock.advance(Duration.ofSeconds(61));

        assertThat(rejection(token(ROTATED))).isEqualTo("the token's key id 'rsa-2' is not among the issuer's published keys");
        assertThat(f.jwksRequests()).isEqualTo(2);

        f.issuer.publish(VerifierFixture.RSA, ROTATED);
        f.clock.advance(Duration.ofSeconds(59));
        assertThat(accepted(token(ROTATED))).isFalse();
        assertThat(accepted(token(LATER))).isFalse();
        assertThat(f.jwksRequests()).isEqualTo(2);

        f.clock.advance(Duration.ofSeconds(1));
        assertThat(accepted(token(ROTATED))).isTrue();
        assertThat(f.jwksRequests()).isEqualTo(3);
    }

    @Test
    void aRotatedKeyIsPickedUpAndTheWithdrawnKeyStopsWorking() throws IOException {
        f = new VerifierFixture();
        assertThat(accepted(token(VerifierFixture.RSA))).isTrue();

        f.issuer.publish(ROTATED);
        f.clock.advance(Duration.ofMinutes(5));

        assertThat(accepted(token(ROTATED))).isTrue();
        assertThat(accepted(token(VerifierFixture.RSA))).isFalse();
    }

    @Test
    void whileTheIssuerAnswers500TheKeysAlreadyKnownKeepWorking() throws IOException {
        f = new VerifierFixture();
        assertThat(accepted(token(VerifierFixture.RSA))).isTrue();
        f.issuer.failWith(500);
        f.clock.advance(Duration.ofMinutes(5));

        assertThat(rejection(token(ROTATED))).isEqualTo("the token's key id 'rsa-2' is not among the issuer's published keys"
                + " (Larder could not fetch the issuer's keys just now; try again in a minute)");
        assertThat(accepted(token(VerifierFixture.RSA))).isTrue();

        f.issuer.answerNormally();
        f.issuer.publish(VerifierFixture.RSA, ROTATED);
        f.clock.advance(Duration.ofSeconds(60));
        assertThat(accepted(token(ROTATED))).isTrue();
    }

    @Test
    void whenTheIssuerIsDownTheKeysAlreadyKnownKeepWorking() throws IOException {
        f = new VerifierFixture();
        assertThat(accepted(token(VerifierFixture.RSA))).isTrue();
        assertThat(accepted(TestTokens.signed(VerifierFixture.EC, f.claims()))).isTrue();
        f.issuer.close();
        f.clock.advance(Duration.ofMinutes(5));

        assertThat(rejection(token(ROTATED))).contains("could not fetch the issuer's keys just now");
        assertThat(accepted(token(VerifierFixture.RSA))).isTrue();
        assertThat(accepted(TestTokens.signed(VerifierFixture.EC, f.claims()))).isTrue();
    }

    @Test
    void anEmptyKeySetDoesNotEraseTheKeysAlreadyKnown() throws IOException {
        f = new VerifierFixture();
        assertThat(accepted(token(VerifierFixture.RSA))).isTrue();
        f.issuer.publish();
        f.clock.advance(Duration.ofMinutes(5));

        assertThat(accepted(token(ROTATED))).isFalse();
        assertThat(f.jwksRequests()).isEqualTo(2);
        assertThat(accepted(token(VerifierFixture.RSA))).isTrue();
    }

    @Test
    void anIssuerThatIsDownAtTheFirstTokenIsAskedAgainAfterAMinute() throws IOException {
        f = new VerifierFixture();
        f.issuer.failWith(503);

        assertThat(rejection(token(VerifierFixture.RSA))).contains("could not fetch the issuer's keys just now");
        f.issuer.answerNormally();
        f.clock.advance(Duration.ofSeconds(30));
        assertThat(accepted(token(VerifierFixture.RSA))).isFalse();
        f.clock.advance(Duration.ofSeconds(30));
        assertThat(accepted(token(VerifierFixture.RSA))).isTrue();
    }

    @Test
    void aSlowIssuerIsGivenUpOnAfterTheTimeout() throws IOException {
        f = new VerifierFixture(new KeyFetchPolicy(Duration.ofMillis(300), 64 * 1024, Duration.ofSeconds(60)));
        f.issuer.answerAfter(Duration.ofSeconds(3));

        long started = System.nanoTime();
        assertThat(rejection(token(VerifierFixture.RSA))).contains("could not fetch the issuer's keys just now");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aKeySetLargerThanTheLimitIsRefused() throws IOException {
        f = new VerifierFixture(new KeyFetchPolicy(Duration.ofSeconds(2), 300, Duration.ofSeconds(60)));

        assertThat(rejection(token(VerifierFixture.RSA))).contains("could not fetch the issuer's keys just now");
        assertThat(f.jwksRequests()).isEqualTo(1);
    }

    @Test
    void aDiscoveryDocumentPointingAtPlainHttpElsewhereIsNotFollowed() throws IOException {
        f = new VerifierFixture();
        f.issuer.announceJwksUri("http://keys.example.com/jwks");

        assertThat(rejection(token(VerifierFixture.RSA))).contains("could not fetch the issuer's keys just now");
        assertThat(f.jwksRequests()).isZero();
    }

    @Test
    void aPinnedKeySetFileIsUsedWithoutAskingTheIssuer() throws Exception {
        f = new VerifierFixture();
        Path jwks = dir.resolve("jwks.json");
        Files.writeString(jwks, new JWKSet(List.of(VerifierFixture.RSA, VerifierFixture.EC)).toString(false));
        IssuerConfig pinned = IssuerConfig.pinned("air-gapped", IssuerType.GITLAB, f.issuer.url(), jwks);
        IssuerRegistry registry = IssuerRegistry.of(List.of(pinned));
        OidcTokenVerifier verifier = new OidcTokenVerifier(registry, VerifierFixture.AUDIENCE, f.clock,
                IssuerKeys.forRegistry(registry, f.clock, KeyFetchPolicy.standard()));

        VerifiedToken token = verifier.verify(token(VerifierFixture.RSA));

        assertThat(token.issuer()).isEqualTo(pinned);
        assertThat(f.issuer.requestsFor(TestIssuer.DISCOVERY) + f.jwksRequests()).isZero();
        assertThat(Files.readString(jwks)).as("a file with private parts works too").contains("\"d\"");

        Files.writeString(jwks, new JWKSet(List.of(ROTATED)).toString());
        f.clock.advance(Duration.ofMinutes(1));
        assertThat(verifier.verify(token(ROTATED)).issuer()).isEqualTo(pinned);
    }
}
