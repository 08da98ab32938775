package dev.larder.packaging;

/**
 * Thrown when a wheel or sdist filename cannot be parsed. The message is exactly the one
 * packaging's {@code parse_wheel_filename} or {@code parse_sdist_filename} raises, e.g.
 * {@code Invalid build number: q in 'demo_pkg-1.0-q-py3-none-any'}, which PyPI returns
 * to uploaders unchanged.
 */
public final class InvalidFilenameException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidFilenameException(String message) {
        super(message);
    }
}
