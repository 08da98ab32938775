package dev.larder.trust.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The registered claims: times with PyJWT's 30 s leeway, the strict audience, claim types. */
class TokenClaimsTest {
    VerifierFixture f;
    long now;

    @BeforeEach
    void start() throws IOException {
        f = new VerifierFixture();
        now = f.clock.epochSecond();
    }

    @AfterEach
    void stop() {
        f.close();
    }

    /** A good token with some claims replaced; a null value removes the claim. */
    String tokenWith(Object... nameValuePairs) {
        Map<String, Object> claims = new LinkedHashMap<>(f.claims());
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            if (nameValuePairs[i + 1] == null) {
                claims.remove((String) nameValuePairs[i]);
            } else {
                claims.put((String) nameValuePairs[i], nameValuePairs[i + 1]);
            }
        }
        return TestTokens.signed(VerifierFixture.RSA, claims);
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
        TokenRejected e = catchThrowableOfType(TokenRejected.class, () -> f.verifier.verify(jwt));
        assertThat(e).as("rejected").isNotNull();
        assertThat(e.code()).isEqualTo("invalid-token");
        return e.description();
    }

    @Test
    void aTokenIsAcceptedUntil29SecondsAfterItsExpiryAndRejectedFrom30() {
        assertThat(accepted(tokenWith("exp", now - 29))).isTrue();

        assertThat(rejection(tokenWith("exp", now - 30)))
                .isEqualTo("the token expired at 2026-11-25T11:59:30Z, 30 s ago; request a new one just before exchanging it");
    }

    @Test
    void anExpiryLongAgoIsToldInMinutesOrHours() {
        assertThat(rejection(tokenWith("exp", now - 40))).contains(", 40 s ago;");
        assertThat(rejection(tokenWith("exp", now - 900))).contains(", 15 min ago;");
        assertThat(rejection(tokenWith("exp", now - 5 * 3600))).contains(", 5 h ago;");
    }

    @Test
    void aNotBeforeUpTo30SecondsAheadIsToleratedAndLaterIsRejected() {
        assertThat(accepted(tokenWith("nbf", now + 30))).isTrue();

        assertThat(rejection(tokenWith("nbf", now + 31)))
                .isEqualTo("the token is not valid before 2026-11-25T12:00:31Z, 31 s from now; is the issuer's clock or Larder's wrong?");
    }

    @Test
    void anIssueTimeUpTo30SecondsAheadIsToleratedAndLaterIsRejected() {
        assertThat(accepted(tokenWith("iat", now + 30))).isTrue();

        assertThat(rejection(tokenWith("iat", now + 31)))
                .isEqualTo("the token was issued in the future, at 2026-11-25T12:00:31Z, 31 s from now; is the issuer's clock or Larder's wrong?");
    }

    @Test
    void notBeforeIsOptional() {
        assertThat(accepted(tokenWith("nbf", null))).isTrue();
    }

    @Test
    void fractionalTimesAreTruncatedToWholeSecondsAsPyJwtDoes() {
        assertThat(accepted(tokenWith("exp", now - 28.1))).isTrue();
        // 29.1 s ago is (now - 30) + 0.9: whole second now - 30, which is over the leeway.
        assertThat(accepted(tokenWith("exp", now - 29.1))).isFalse();
    }

    @Test
    void issuerIssueTimeExpiryAndAudienceAreRequired() {
        for (String claim : List.of("iat", "exp", "aud")) {
            assertThat(rejection(tokenWith(claim, null))).isEqualTo("the token has no '" + claim + "' claim");
        }
    }

    @Test
    void timesMustBeNumbers() {
        assertThat(rejection(tokenWith("exp", String.valueOf(now + 300))))
                .isEqualTo("the token's 'exp' claim must be a number of seconds since 1970, not a string");
        assertThat(rejection(tokenWith("nbf", true))).contains("'nbf' claim must be a number", "not a boolean");
        assertThat(rejection(tokenWith("iat", List.of(now)))).contains("'iat' claim must be a number", "not a list");
    }

    @Test
    void timesFarOutsideTheCalendarDoNotBreakTheMessage() {
        assertThat(rejection(tokenWith("exp", -1e300))).startsWith("the token expired at -1000000000-01-01T00:00:00Z");
        assertThat(accepted(tokenWith("exp", 1e300))).isTrue();
    }

    @Test
    void anotherAudienceIsRejectedNamingBoth() {
        assertThat(rejection(tokenWith("aud", "pypi")))
                .isEqualTo("the token's audience 'pypi' is not this index's audience 'larder.example'"
                        + " (which GET /_/oidc/audience returns)");
    }

    @Test
    void anAudienceListIsRejectedEvenIfItHoldsOnlyOurAudience() {
        assertThat(rejection(tokenWith("aud", List.of("larder.example"))))
                .isEqualTo("the token's audience is a list, ['larder.example'], but must be the single string 'larder.example'");
        assertThat(rejection(tokenWith("aud", Arrays.asList("pypi", "larder.example")))).contains("['pypi', 'larder.example']");
    }

    @Test
    void anAudienceOfAnotherTypeIsRejected() {
        assertThat(rejection(tokenWith("aud", 7))).isEqualTo("the token's audience must be the string 'larder.example', not a number");
    }

    @Test
    void anAudienceThatDiffersOnlyInCaseOrSpaceIsRejected() {
        assertThat(accepted(tokenWith("aud", "Larder.example"))).isFalse();
        assertThat(accepted(tokenWith("aud", "larder.example "))).isFalse();
    }

    @Test
    void subjectAndTokenIdMustBeStringsWhenPresent() {
        assertThat(rejection(tokenWith("sub", 12))).isEqualTo("the token's 'sub' claim must be a string, not a number");
        assertThat(rejection(tokenWith("jti", Map.of("a", 1)))).isEqualTo("the token's 'jti' claim must be a string, not an object");
        assertThat(accepted(tokenWith("sub", null, "jti", null))).isTrue();
    }

    @Test
    void aNullClaimIsKeptAsNullAndDoesNotCountAsAString() throws TokenRejected {
        Map<String, Object> claims = new LinkedHashMap<>(f.claims());
        claims.put("environment", null);

        VerifiedToken token = f.verifier.verify(TestTokens.signed(VerifierFixture.RSA, claims));

        assertThat(token.claims()).containsEntry("environment", null);
        assertThat(token.string("environment")).isEmpty();
    }

    @Test
    void aVerifiedTokenWithoutJtiHasNone() throws TokenRejected {
        assertThat(f.verifier.verify(tokenWith("jti", null)).jti()).isEmpty();
    }

    @Test
    void integersBeyondLongBecomeDoubles() throws TokenRejected {
        String payload = "{\"iss\": \"" + f.issuer.url() + "\", \"aud\": \"larder.example\", \"iat\": " + now
                + ", \"exp\": " + (now + 60) + ", \"id\": 9223372036854775807, \"big\": 92233720368547758070, \"f\": 1.5}";
        String header = TestTokens.encode(TestTokens.header("RS256", "rsa-1"));

        VerifiedToken token = f.verifier.verify(TestTokens.signedText(VerifierFixture.RSA, header + "." + TestTokens.encodeText(payload)));

        assertThat(token.claims().get("id")).isEqualTo(Long.MAX_VALUE);
        assertThat(token.claims().get("big")).isEqualTo(9.2233720368547758E19);
        assertThat(token.claims().get("f")).isEqualTo(1.5);
    }
}
