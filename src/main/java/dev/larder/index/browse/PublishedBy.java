package dev.larder.index.browse;

import java.util.List;
import java.util.Optional;

/**
 * Who published a file: a trusted publisher (its description and the CI run's claims, with a link
 * to the run when it ran on github.com) or the user whose API token uploaded it. Both are empty for
 * files whose uploader account is gone.
 */
public record PublishedBy(Optional<String> publisher, List<Claim> claims, Optional<String> runUrl, Optional<String> userName) {

    /** A claim of the run as shown: a label for people and the value the token carried. */
    public record Claim(String label, String value) {}

    public static PublishedBy user(String name) {
        return new PublishedBy(Optional.empty(), List.of(), Optional.empty(), Optional.of(name));
    }

    public static PublishedBy unknown() {
        return new PublishedBy(Optional.empty(), List.of(), Optional.empty(), Optional.empty());
    }
}
