package dev.larder.packaging.metadata;

/**
 * One validation failure: the field it belongs to (packaging's e-mail spelling such as
 * {@code author-email}, or for unreadable form data the form key) and the message.
 */
record FieldError(String field, String message, String helpUrl) {

    static final String CORE_METADATA_HELP = "https://packaging.python.org/specifications/core-metadata";
    static final String LOCAL_VERSION_HELP =
            "https://packaging.python.org/en/latest/specifications/version-specifiers/#local-version-identifiers";

    FieldError(String field, String message) {
        this(field, message, CORE_METADATA_HELP);
    }
}
