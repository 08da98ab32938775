package dev.larder.packaging;

/**
 * Thrown when text is not a PEP 440 version. The message mirrors packaging's
 * {@code InvalidVersion}: {@code Invalid version: '<input>'}.
 */
public final class InvalidVersionException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidVersionException(String message) {
        super(message);
    }

    static InvalidVersionException forInput(String input) {
        return new InvalidVersionException("Invalid version: " + PythonRepr.of(input));
    }
}
