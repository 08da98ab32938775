package dev.larder.packaging;

/**
 * Thrown for a project name outside PyPI's name rule. The message matches packaging's
 * {@code canonicalize_name(name, validate=True)}: {@code name is invalid: '<name>'}.
 */
public final class InvalidProjectNameException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidProjectNameException(String message) {
        super(message);
    }
}
