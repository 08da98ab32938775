package dev.larder.trust;

/**
 * A management request that cannot be done, with the HTTP status that says why (404 unknown,
 * 403 not allowed, 409 conflict, 400 invalid) and a message for a person.
 */
public final class TrustException extends RuntimeException {
    private final int status;

    public TrustException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
