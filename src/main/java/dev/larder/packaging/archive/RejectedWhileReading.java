package dev.larder.packaging.archive;

import java.io.IOException;

/**
 * Carries an {@link InvalidDistributionException} through {@code InputStream} methods, which may
 * only throw {@link IOException}, so a limit or rule hit deep inside a stream stack reaches the
 * inspector with its exact message.
 */
final class RejectedWhileReading extends IOException {

    private static final long serialVersionUID = 1L;

    private final InvalidDistributionException rejection;

    RejectedWhileReading(InvalidDistributionException rejection) {
        super(rejection.getMessage());
        this.rejection = rejection;
    }

    InvalidDistributionException rejection() {
        return rejection;
    }
}
