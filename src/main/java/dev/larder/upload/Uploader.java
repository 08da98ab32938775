package dev.larder.upload;

import dev.larder.accounts.User;
import dev.larder.tokens.TokenPrincipal;

/** The identity an upload acts as. */
public sealed interface Uploader {
    /** Shown in the journal. */
    String actor();

    /** A user's API token. */
    record TokenUser(User user, TokenPrincipal principal) implements Uploader {
        @Override
        public String actor() {
            return user.name();
        }
    }
}
