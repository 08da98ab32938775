package dev.larder.trust.oidc;

/** An issuer's keys could not be loaded just now; the message says why, for the operator's log. */
final class KeySetUnavailable extends Exception {
    KeySetUnavailable(String message) {
        super(message);
    }

    KeySetUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
