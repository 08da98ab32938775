package dev.larder.accounts.sql;

import dev.larder.accounts.SessionRepository;
import dev.larder.db.Micros;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** Sessions in the {@code web_sessions} table. */
public final class SqlSessionRepository implements SessionRepository {
    private static final RowMapper<Row> MAPPER = (rs, ctx) -> new Row(
            rs.getString("id_hash"),
            optionalLong(rs.getLong("user_id"), rs.wasNull()),
            optionalLong(rs.getLong("pending_user_id"), rs.wasNull()),
            rs.getString("csrf_token"),
            Optional.ofNullable(rs.getString("flash")),
            Micros.toInstant(rs.getLong("created_at")),
            Micros.toInstant(rs.getLong("last_seen_at")),
            Micros.toInstant(rs.getLong("expires_at")));

    private final Jdbi jdbi;

    public SqlSessionRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    private static Optional<Long> optionalLong(long value, boolean wasNull) {
        return wasNull ? Optional.empty() : Optional.of(value);
    }

    @Override
    public void insert(Row row) {
        jdbi.useTransaction(h -> h.createUpdate("INSERT INTO web_sessions (id_hash, user_id, pending_user_id, csrf_token, "
                        + "flash, created_at, last_seen_at, expires_at) VALUES (:id, :user, :pending, :csrf, :flash, :created, :seen, :expires)")
                .bind("id", row.idHash())
                .bind("user", row.userId().orElse(null))
                .bind("pending", row.pendingUserId().orElse(null))
                .bind("csrf", row.csrfToken())
                .bind("flash", row.flash().orElse(null))
                .bind("created", Micros.of(row.createdAt()))
                .bind("seen", Micros.of(row.lastSeenAt()))
                .bind("expires", Micros.of(row.expiresAt()))
                .execute());
    }

    @Override
    public Optional<Row> find(String idHash) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM web_sessions WHERE id_hash = :id")
                .bind("id", idHash).map(MAPPER).findOne());
    }

    @Override
    public void touch(String idHash, Instant lastSeenAt, Instant expiresAt) {
        jdbi.useTransaction(h -> h.createUpdate("UPDATE web_sessions SET last_seen_at = :seen, expires_at = :expires WHERE id_hash = :id")
                .bind("id", idHash).bind("seen", Micros.of(lastSeenAt)).bind("expires", Micros.of(expiresAt)).execute());
    }

    @Override
    public void setFlash(String idHash, Optional<String> flash) {
        jdbi.useTransaction(h -> h.createUpdate("UPDATE web_sessions SET flash = :flash WHERE id_hash = :id")
                .bind("id", idHash).bind("flash", flash.orElse(null)).execute());
    }

    @Override
    public Optional<String> takeFlash(String idHash) {
        return jdbi.inTransaction(h -> {
            Optional<String> flash = h.createQuery("SELECT flash FROM web_sessions WHERE id_hash = :id")
                    .bind("id", idHash).mapTo(String.class).findOne();
            h.createUpdate("UPDATE web_sessions SET flash = NULL WHERE id_hash = :id").bind("id", idHash).execute();
            return flash;
        });
    }

    @Override
    public void delete(String idHash) {
        jdbi.useTransaction(h -> h.createUpdate("DELETE FROM web_sessions WHERE id_hash = :id").bind("id", idHash).execute());
    }

    @Override
    public int deleteForUser(long userId, Optional<String> exceptIdHash) {
        return jdbi.inTransaction(h -> h.createUpdate("DELETE FROM web_sessions WHERE (user_id = :user OR pending_user_id = :user) "
                        + "AND id_hash <> :keep")
                .bind("user", userId).bind("keep", exceptIdHash.orElse("")).execute());
    }

    @Override
    public int deleteExpired(Instant now) {
        return jdbi.inTransaction(h -> h.createUpdate("DELETE FROM web_sessions WHERE expires_at <= :now")
                .bind("now", Micros.of(now)).execute());
    }
}
