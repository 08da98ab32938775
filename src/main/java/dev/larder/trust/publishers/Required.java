package dev.larder.trust.publishers;

import java.util.Objects;

/** Constructor guards for the publisher records: a programming error, not a user mistake, so it throws. */
final class Required {
    private Required() {}

    static void text(String name, String value) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
