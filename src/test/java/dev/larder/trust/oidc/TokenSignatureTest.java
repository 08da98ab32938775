package dev.larder.trust.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.nimbusds.jose.JOSEException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Signatures, algorithms and the token's shape, against a real issuer on loopback. */
class TokenSignatureTest {
    VerifierFixture f;

    @BeforeEach
    void start() throws IOException {
        f = new VerifierFixture();
    }

    @AfterEach
    void stop() {
        f.close();
    }

    TokenRejected rejection(String jwt) {
        return catchThrowableOfType(TokenRejected.class, () -> f.verifier.verify(jwt));
    }

    @Test
    void aValidRs256TokenIsAcceptedWithItsIssuerAndClaims() throws TokenRejected {
        Map<String, Object> claims = f.claims();
        claims.put("repository", "octo/demo");
        claims.put("nested", Map.of("list", List.of(1, "two", true)));

        VerifiedToken token = f.verifier.verify(TestTokens.signed(VerifierFixture.RSA, claims));

        assertThat(token.issuer()).isEqualTo(f.config);
        assertThat(token.string("repository")).hasValue("octo/demo");
        assertThat(token.string("iat")).isEmpty();
        assertThat(token.claims().get("iat")).isEqualTo(f.clock.epochSecond());
        assertThat(token.claims().get("nested")).isEqualTo(Map.of("list", List.of(1L, "two", true)));
        assertThat(token.jti()).hasValue("jti-" + f.clock.epochSecond());
        assertThat(token.expiresAt()).isEqualTo(f.clock.instant().plusSeconds(300));
    }

    @Test
    void theClaimsOfAVerifiedTokenCannotBeChanged() throws TokenRejected {
        Map<String, Object> claims = f.claims();
        claims.put("list", List.of("a"));
        VerifiedToken token = f.verifier.verify(TestTokens.signed(VerifierFixture.RSA, claims));

        assertThat(token.claims()).isUnmodifiable();
        assertThat((List<?>) token.claims().get("list")).isUnmodifiable();
    }

    @Test
    void aValidEs256TokenIsAccepted() throws TokenRejected {
        VerifiedToken token = f.verifier.verify(TestTokens.signed(VerifierFixture.EC, f.claims()));

        assertThat(token.string("sub")).hasValue("repo:octo/demo:ref:refs/heads/main");
    }

    @Test
    void aTokenWithAlgNoneIsRejected() {
        TokenRejected e = rejection(TestTokens.unsigned(TestTokens.header("none", "rsa-1"), f.claims()));

        assertThat(e.code()).isEqualTo("invalid-token");
        assertThat(e.description()).isEqualTo("the token is signed with algorithm 'none'; only RS256 and ES256 are accepted");
    }

    @Test
    void anHs256TokenKeyedWithTheIssuersPublicKeyBytesIsRejected() throws JOSEException {
        byte[] der = VerifierFixture.RSA.toRSAPublicKey().getEncoded();
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END PUBLIC KEY-----\n";
        for (byte[] secret : List.of(der, pem.getBytes(StandardCharsets.US_ASCII),
                VerifierFixture.RSA.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8))) {
            TokenRejected e = rejection(TestTokens.hmacSigned(secret, TestTokens.header("HS256", "rsa-1"), f.claims()));

            assertThat(e.code()).isEqualTo("invalid-token");
            assertThat(e.description()).contains("algorithm 'HS256'");
        }
    }

    @Test
    void otherAlgorithmsThanRs256AndEs256AreRejected() {
        for (Object alg : List.of("RS384", "PS256", "ES512", "EdDSA", "rs256", 256)) {
            String jwt = TestTokens.signed(VerifierFixture.RSA, Map.of("alg", alg, "kid", "rsa-1"), f.claims());

            assertThat(rejection(jwt).description()).startsWith("the token is signed with algorithm ");
        }
    }

    @Test
    void aTokenSignedByAnotherKeyUnderTheIssuersKeyIdIsRejected() {
        String forged = TestTokens.signed(TestTokens.rsaKey("rsa-1"), f.claims());

        TokenRejected e = rejection(forged);

        assertThat(e.code()).isEqualTo("invalid-token");
        assertThat(e.description()).isEqualTo("the token's signature does not match the issuer's key 'rsa-1';"
                + " was the token changed or cut off?");
    }

    @Test
    void aTokenWhosePayloadWasChangedAfterSigningIsRejected() {
        String[] parts = TestTokens.signed(VerifierFixture.RSA, f.claims()).split("\\.");
        Map<String, Object> widened = f.claims();
        widened.put("sub", "repo:evil/demo:ref:refs/heads/main");
        String tampered = parts[0] + "." + TestTokens.encode(widened) + "." + parts[2];

        assertThat(rejection(tampered).description()).startsWith("the token's signature does not match");
    }

    @Test
    void anEs256TokenWithATruncatedSignatureIsRejected() {
        String jwt = TestTokens.signed(VerifierFixture.EC, f.claims());

        assertThat(rejection(jwt.substring(0, jwt.length() - 4)).description()).startsWith("the token's signature does not match");
    }

    @Test
    void aTokenWithoutAKeyIdIsRejected() {
        String jwt = TestTokens.signed(VerifierFixture.RSA, TestTokens.header("RS256", null), f.claims());

        TokenRejected e = rejection(jwt);

        assertThat(e.code()).isEqualTo("invalid-token");
        assertThat(e.description()).contains("no key id (kid)");
    }

    @Test
    void aKeyIdThatNamesAKeyOfTheWrongTypeIsRejected() {
        String jwt = TestTokens.signed(VerifierFixture.RSA, TestTokens.header("RS256", "ec-1"), f.claims());

        assertThat(rejection(jwt).description()).isEqualTo("the issuer's key 'ec-1' is an EC key, which cannot check RS256 signatures");
    }

    @Test
    void aTokenWithCriticalHeaderExtensionsIsRejected() {
        Map<String, Object> header = TestTokens.header("RS256", "rsa-1");
        header.put("crit", List.of("b64"));
        header.put("b64", false);

        assertThat(rejection(TestTokens.signed(VerifierFixture.RSA, header, f.claims())).description()).contains("crit");
    }

    @Test
    void keysNamedInTheTokenHeaderAreNeverUsed() {
        var attacker = TestTokens.rsaKey("attacker");
        Map<String, Object> header = TestTokens.header("RS256", "attacker");
        header.put("jwk", attacker.toPublicJWK().toJSONObject());
        header.put("jku", f.issuer.url() + "/attacker-jwks");

        TokenRejected e = rejection(TestTokens.signed(attacker, header, f.claims()));

        assertThat(e.description()).startsWith("the token's key id 'attacker' is not among the issuer's published keys");
        assertThat(f.issuer.requestsFor("/attacker-jwks")).isZero();
    }

    @Test
    void aTokenFromAnIssuerThatIsNotConfiguredIsAnInvalidPayload() {
        Map<String, Object> claims = f.claims();
        claims.put("iss", "https://token.actions.githubusercontent.com");

        TokenRejected e = rejection(TestTokens.signed(VerifierFixture.RSA, claims));

        assertThat(e.code()).isEqualTo("invalid-payload");
        assertThat(e.description()).isEqualTo("unknown trusted publishing issuer");
        assertThat(f.jwksRequests()).isZero();
    }

    @Test
    void anIssuerUrlWithATrailingSlashIsAnotherIssuer() {
        Map<String, Object> claims = f.claims();
        claims.put("iss", f.issuer.url() + "/");

        assertThat(rejection(TestTokens.signed(VerifierFixture.RSA, claims)).description())
                .isEqualTo("unknown trusted publishing issuer");
    }

    @Test
    void textThatIsNotAJwtWithAStringIssuerIsMalformed() {
        String header = TestTokens.encode(TestTokens.header("RS256", "rsa-1"));
        Map<String, Object> numericIss = f.claims();
        numericIss.put("iss", 42);
        Map<String, Object> noIss = f.claims();
        noIss.remove("iss");
        List<String> inputs = List.of("", "abc", "a.b.c", ".", "..", "...",
                header + "." + TestTokens.encode(f.claims()) + ".sig.extra",
                header + "." + TestTokens.encode(f.claims()),
                header + "." + TestTokens.encode(noIss) + ".c2ln",
                header + "." + TestTokens.encode(numericIss) + ".c2ln",
                header + "." + TestTokens.encode(List.of(f.claims())) + ".c2ln",
                header + "." + TestTokens.encodeText("{\"iss\": \"" + f.issuer.url() + "\"") + ".c2ln",
                header + "." + TestTokens.encode(f.claims()) + ".not+base64url",
                "eyJ!." + TestTokens.encode(f.claims()) + ".c2ln");
        for (String input : inputs) {
            TokenRejected e = rejection(input);

            assertThat(e.code()).as(input).isEqualTo("invalid-payload");
            assertThat(e.description()).isEqualTo("malformed JWT");
        }
        assertThat(catchThrowableOfType(TokenRejected.class, () -> f.verifier.verify(null)).description()).isEqualTo("malformed JWT");
    }

    @Test
    void aPayloadWithADuplicatedClaimIsMalformed() {
        String payload = "{\"iss\": \"" + f.issuer.url() + "\", \"aud\": \"x\", \"aud\": \"" + VerifierFixture.AUDIENCE + "\"}";
        String jwt = TestTokens.encode(TestTokens.header("RS256", "rsa-1")) + "." + TestTokens.encodeText(payload) + ".c2ln";

        assertThat(rejection(jwt).description()).isEqualTo("malformed JWT");
    }

    @Test
    void valuesFromTheTokenAreQuotedAndCutInMessages() {
        String kid = "x'\n" + "k".repeat(500);
        String jwt = TestTokens.signed(VerifierFixture.RSA, TestTokens.header("RS256", kid), f.claims());

        String description = rejection(jwt).description();

        assertThat(description).startsWith("the token's key id 'x\\u0027\\u000a" + "k".repeat(67) + "...'")
                .doesNotContain("\n").hasSizeLessThan(200);
    }
}
