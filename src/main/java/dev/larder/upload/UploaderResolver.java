package dev.larder.upload;

import java.util.Optional;

/** Finds who a presented token speaks for; empty for anything that is not a valid token. */
@FunctionalInterface
public interface UploaderResolver {
    Optional<Uploader> resolve(String token);

    default UploaderResolver or(UploaderResolver next) {
        return token -> {
            Optional<Uploader> u = resolve(token);
            return u.isPresent() ? u : next.resolve(token);
        };
    }
}
