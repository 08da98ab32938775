package dev.larder.trust.oidc;

/**
 * An OIDC token was not accepted. {@link #code()} is pypi.org's error code for the mint endpoint's
 * reply; {@link #description()} tells the CI user what to fix, using only what is in their own
 * token, this index's public audience and the issuer's public keys.
 */
public final class TokenRejected extends Exception {
    /** The token is not a JWT, has no string {@code iss}, or comes from an issuer Larder does not accept. */
    public static final String INVALID_PAYLOAD = "invalid-payload";
    /** The token is from a known issuer but its signature, algorithm, audience or times are wrong. */
    public static final String INVALID_TOKEN = "invalid-token";

    private final String code;

    public TokenRejected(String code, String description) {
        // No stack trace: a rejection is an expected answer, and tokens are free to send in bulk.
        super(description, null, false, false);
        this.code = code;
    }

    static TokenRejected invalidPayload(String description) {
        return new TokenRejected(INVALID_PAYLOAD, description);
    }

    static TokenRejected invalidToken(String description) {
        return new TokenRejected(INVALID_TOKEN, description);
    }

    public String code() {
        return code;
    }

    public String description() {
        return getMessage();
    }
}
