package dev.larder.packaging.metadata;

/**
 * An upload's metadata form was rejected. {@link #getMessage()} is exactly the text PyPI puts
 * in its {@code 400} reason phrase, e.g. {@code 'dog' is invalid for 'version'. See
 * https://packaging.python.org/specifications/core-metadata for more information.}
 */
public final class MetadataValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String reason;

    MetadataValidationException(String field, String reason, String message) {
        super(message);
        this.field = field;
        this.reason = reason;
    }

    /** The field reported: packaging's spelling ({@code requires-dist}), or a form key for unreadable data. */
    public String field() {
        return field;
    }

    /** The message without PyPI's added period and "See ... for more information." suffix. */
    public String reason() {
        return reason;
    }
}
