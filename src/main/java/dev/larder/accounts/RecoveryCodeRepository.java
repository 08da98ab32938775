package dev.larder.accounts;

import java.time.Instant;
import java.util.List;

/** Persistence port for one-time recovery codes, kept as SHA-256 hashes. */
public interface RecoveryCodeRepository {
    /** Drops the user's codes and stores these. */
    void replace(long userId, List<String> codeHashes);

    /** Marks the code used; false when there is no such unused code (so each works once). */
    boolean use(long userId, String codeHash, Instant at);

    int remaining(long userId);

    void deleteAll(long userId);
}
