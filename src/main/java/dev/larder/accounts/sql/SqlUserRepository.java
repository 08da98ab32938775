package dev.larder.accounts.sql;

import dev.larder.accounts.User;
import dev.larder.accounts.UserRepository;
import dev.larder.db.Micros;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** Accounts in the {@code users} table. */
public final class SqlUserRepository implements UserRepository {
    private static final String COLUMNS = "id, name, email, is_admin, disabled, created_at";
    private static final RowMapper<User> MAPPER = (rs, ctx) -> new User(
            rs.getLong("id"), rs.getString("name"), rs.getString("email"),
            rs.getBoolean("is_admin"), rs.getBoolean("disabled"), Micros.toInstant(rs.getLong("created_at")));

    private final Jdbi jdbi;

    public SqlUserRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<User> insert(String name, String email, String passwordHash, boolean admin) {
        return jdbi.inTransaction(h -> {
            int n = h.createUpdate("INSERT INTO users (name, name_key, email, password_hash, is_admin, created_at) "
                            + "VALUES (:name, :key, :email, :hash, :admin, :now) ON CONFLICT (name_key) DO NOTHING")
                    .bind("name", name)
                    .bind("key", name.toLowerCase(Locale.ROOT))
                    .bind("email", email)
                    .bind("hash", passwordHash)
                    .bind("admin", admin)
                    .bind("now", Micros.now())
                    .execute();
            if (n == 0) {
                return Optional.<User>empty();
            }
            return h.createQuery("SELECT " + COLUMNS + " FROM users WHERE name_key = :key")
                    .bind("key", name.toLowerCase(Locale.ROOT)).map(MAPPER).findOne();
        });
    }

    @Override
    public Optional<User> byName(String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM users WHERE name_key = :key")
                .bind("key", name.toLowerCase(Locale.ROOT)).map(MAPPER).findOne());
    }

    @Override
    public Optional<User> byId(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM users WHERE id = :id")
                .bind("id", id).map(MAPPER).findOne());
    }

    @Override
    public Optional<String> passwordHash(long userId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT password_hash FROM users WHERE id = :id")
                .bind("id", userId).mapTo(String.class).findOne());
    }

    @Override
    public List<User> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM users ORDER BY name_key").map(MAPPER).list());
    }

    @Override
    public void setPasswordHash(long userId, String passwordHash) {
        update("UPDATE users SET password_hash = :v WHERE id = :id", userId, passwordHash);
    }

    @Override
    public void setDisabled(long userId, boolean disabled) {
        update("UPDATE users SET disabled = :v WHERE id = :id", userId, disabled);
    }

    @Override
    public Optional<String> totpSecret(long userId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT totp_secret FROM users WHERE id = :id")
                .bind("id", userId).mapTo(String.class).findOne().filter(s -> s != null && !s.isEmpty()));
    }

    @Override
    public void setTotpSecret(long userId, String secret) {
        jdbi.useTransaction(h -> h.createUpdate("UPDATE users SET totp_secret = :v, totp_last_step = NULL WHERE id = :id")
                .bind("id", userId).bind("v", secret).execute());
    }

    @Override
    public boolean advanceTotpStep(long userId, long step) {
        return jdbi.inTransaction(h -> h.createUpdate("UPDATE users SET totp_last_step = :s WHERE id = :id "
                        + "AND totp_secret IS NOT NULL AND (totp_last_step IS NULL OR totp_last_step < :s)")
                .bind("id", userId).bind("s", step).execute()) == 1;
    }

    private void update(String sql, long userId, Object value) {
        jdbi.useTransaction(h -> h.createUpdate(sql).bind("id", userId).bind("v", value).execute());
    }
}
