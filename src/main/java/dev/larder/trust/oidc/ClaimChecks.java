package dev.larder.trust.oidc;

import static dev.larder.trust.oidc.TokenText.quote;
import static dev.larder.trust.oidc.TokenText.typeOf;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The registered claims, checked the way pypi.org's PyJWT call does: {@code iss}, {@code iat},
 * {@code exp} and {@code aud} required; {@code aud} a single string equal to this index's audience
 * (a list is refused even if it contains it); {@code exp}, {@code nbf} and {@code iat} with 30 s of
 * leeway for clock differences; {@code sub} and {@code jti} strings when present.
 */
final class ClaimChecks {
    static final long LEEWAY_SECONDS = 30;
    private static final List<String> REQUIRED = List.of("iss", "iat", "exp", "aud");

    private final String audience;
    private final Clock clock;

    ClaimChecks(String audience, Clock clock) {
        this.audience = audience;
        this.clock = clock;
    }

    void check(Map<String, Object> claims, IssuerConfig issuer) throws TokenRejected {
        for (String name : REQUIRED) {
            if (claims.get(name) == null) {
                throw TokenRejected.invalidToken("the token has no '" + name + "' claim");
            }
        }
        if (!issuer.url().equals(claims.get("iss"))) {
            throw TokenRejected.invalidToken("the token's issuer " + quote(claims.get("iss")) + " is not " + quote(issuer.url()));
        }
        long now = clock.instant().getEpochSecond();
        long iat = time(claims, "iat");
        if (iat > now + LEEWAY_SECONDS) {
            throw TokenRejected.invalidToken("the token was issued in the future, at " + TokenTimes.instant(iat) + ", "
                    + TokenTimes.span(iat - now) + " from now; is the issuer's clock or Larder's wrong?");
        }
        if (claims.containsKey("nbf")) {
            long nbf = time(claims, "nbf");
            if (nbf > now + LEEWAY_SECONDS) {
                throw TokenRejected.invalidToken("the token is not valid before " + TokenTimes.instant(nbf) + ", "
                        + TokenTimes.span(nbf - now) + " from now; is the issuer's clock or Larder's wrong?");
            }
        }
        long exp = time(claims, "exp");
        if (exp <= now - LEEWAY_SECONDS) {
            throw TokenRejected.invalidToken("the token expired at " + TokenTimes.instant(exp) + ", "
                    + TokenTimes.span(now - exp) + " ago; request a new one just before exchanging it");
        }
        checkAudience(claims.get("aud"));
        stringIfPresent(claims, "sub");
        stringIfPresent(claims, "jti");
    }

    private void checkAudience(Object aud) throws TokenRejected {
        if (aud instanceof List<?> list) {
            throw TokenRejected.invalidToken("the token's audience is a list, " + quote(list)
                    + ", but must be the single string " + quote(audience));
        }
        if (!(aud instanceof String given)) {
            throw TokenRejected.invalidToken("the token's audience must be the string " + quote(audience)
                    + ", not " + typeOf(aud));
        }
        if (!given.equals(audience)) {
            throw TokenRejected.invalidToken("the token's audience " + quote(given) + " is not this index's audience "
                    + quote(audience) + " (which GET /_/oidc/audience returns)");
        }
    }

    private static long time(Map<String, Object> claims, String name) throws TokenRejected {
        OptionalLong seconds = TokenTimes.secondsOf(claims.get(name));
        if (seconds.isEmpty()) {
            throw TokenRejected.invalidToken("the token's '" + name + "' claim must be a number of seconds since 1970, not "
                    + typeOf(claims.get(name)));
        }
        return seconds.getAsLong();
    }

    private static void stringIfPresent(Map<String, Object> claims, String name) throws TokenRejected {
        if (claims.containsKey(name) && !(claims.get(name) instanceof String)) {
            throw TokenRejected.invalidToken("the token's '" + name + "' claim must be a string, not " + typeOf(claims.get(name)));
        }
    }
}
