package dev.larder.tokens;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Persistence port for API tokens. */
public interface TokenRepository {
    void insert(ApiToken token, String rootKey);

    /** The token and its root key. */
    Optional<StoredToken> byId(String id);

    List<ApiToken> byUser(long userId);

    boolean delete(String id);

    void markUsed(String id, Instant when);

    record StoredToken(ApiToken token, String rootKey) {}
}
