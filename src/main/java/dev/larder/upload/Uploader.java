package dev.larder.upload;

import dev.larder.accounts.User;
import dev.larder.tokens.TokenPrincipal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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

    /**
     * A short-lived token minted for a trusted publisher.
     *
     * @param publisherIds the publishers the token was minted for (usually one)
     * @param projectIds the projects that trusted them when the token was minted
     * @param description the publisher in words, e.g. "GitHub myorg/myproject, workflow release.yml"
     * @param claims what the CI job's token said (repository, workflow, ref, sha, environment, run id)
     */
    record Publisher(String tokenId, List<String> publisherIds, List<Long> projectIds, String issuerName,
                     String description, Instant notBefore, Instant expiresAt, Map<String, String> claims)
            implements Uploader {
        public Publisher {
            publisherIds = List.copyOf(publisherIds);
            projectIds = List.copyOf(projectIds);
            claims = Map.copyOf(claims);
        }

        @Override
        public String actor() {
            return "trusted publisher " + description;
        }
    }
}
