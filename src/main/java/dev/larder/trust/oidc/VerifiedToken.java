package dev.larder.trust.oidc;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A token whose signature, issuer, audience and times were checked.
 *
 * @param issuer the configured issuer whose key signed it
 * @param claims the payload as JSON values: {@code String}, {@code Boolean}, {@code Long} (integers
 *               that fit) or {@code Double}, unmodifiable {@code List}s and {@code Map}s, and
 *               {@code null} for JSON null
 */
public record VerifiedToken(IssuerConfig issuer, Map<String, Object> claims) {
    public VerifiedToken {
        Objects.requireNonNull(issuer, "issuer");
        claims = Collections.unmodifiableMap(new LinkedHashMap<>(claims));
    }

    /** The claim if it is a JSON string; empty when absent or of another type. */
    public Optional<String> string(String claim) {
        return claims.get(claim) instanceof String s ? Optional.of(s) : Optional.empty();
    }

    /** The token's unique id, used to refuse a second exchange of the same token. */
    public Optional<String> jti() {
        return string("jti");
    }

    /** When the issuer says the token expires ({@code exp}, present in every verified token). */
    public Instant expiresAt() {
        return TokenTimes.instant(TokenTimes.seconds(claims.get("exp")));
    }
}
