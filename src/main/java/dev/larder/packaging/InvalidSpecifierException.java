package dev.larder.packaging;

/**
 * Thrown when text is not a PEP 440 version specifier (set). The message mirrors
 * packaging's {@code InvalidSpecifier}: {@code Invalid specifier: '<the failing clause>'}.
 */
public final class InvalidSpecifierException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidSpecifierException(String message) {
        super(message);
    }
}
