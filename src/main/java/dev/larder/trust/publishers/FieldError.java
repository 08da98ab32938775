package dev.larder.trust.publishers;

import java.util.Objects;

/**
 * One problem with one field of a publisher registration, worded for the person who filled
 * it in. {@code field} is the input's name, e.g. {@code workflow}, or
 * {@code rules.repository} for one rule of a generic OIDC publisher.
 */
public record FieldError(String field, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
