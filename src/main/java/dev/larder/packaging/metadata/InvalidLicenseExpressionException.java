package dev.larder.packaging.metadata;

/**
 * Thrown for an SPDX license expression that is malformed or names an unknown license or
 * exception; the message matches packaging's {@code InvalidLicenseExpression}.
 */
public final class InvalidLicenseExpressionException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidLicenseExpressionException(String message) {
        super(message);
    }
}
