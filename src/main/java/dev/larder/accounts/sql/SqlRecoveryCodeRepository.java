package dev.larder.accounts.sql;

import dev.larder.accounts.RecoveryCodeRepository;
import dev.larder.db.Micros;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** Recovery codes in the {@code recovery_codes} table. */
public final class SqlRecoveryCodeRepository implements RecoveryCodeRepository {
    private final Jdbi jdbi;

    public SqlRecoveryCodeRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void replace(long userId, List<String> codeHashes) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM recovery_codes WHERE user_id = :u").bind("u", userId).execute();
            for (String hash : codeHashes) {
                h.createUpdate("INSERT INTO recovery_codes (user_id, code_hash) VALUES (:u, :h)")
                        .bind("u", userId).bind("h", hash).execute();
            }
        });
    }

    @Override
    public boolean use(long userId, String codeHash, Instant at) {
        return jdbi.inTransaction(h -> h.createUpdate("UPDATE recovery_codes SET used_at = :at "
                        + "WHERE user_id = :u AND code_hash = :h AND used_at IS NULL")
                .bind("u", userId).bind("h", codeHash).bind("at", Micros.of(at)).execute()) == 1;
    }

    @Override
    public int remaining(long userId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM recovery_codes WHERE user_id = :u AND used_at IS NULL")
                .bind("u", userId).mapTo(Integer.class).one());
    }

    @Override
    public void deleteAll(long userId) {
        jdbi.useTransaction(h -> h.createUpdate("DELETE FROM recovery_codes WHERE user_id = :u").bind("u", userId).execute());
    }
}
