package dev.larder.tokens.sql;

import dev.larder.db.Micros;
import dev.larder.tokens.ApiToken;
import dev.larder.tokens.TokenRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** API tokens in the {@code api_tokens} table; the project scope is a JSON array of names. */
public final class SqlTokenRepository implements TokenRepository {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final RowMapper<ApiToken> MAPPER = (rs, ctx) -> {
        long expires = rs.getLong("expires_at");
        boolean noExpiry = rs.wasNull();
        long used = rs.getLong("last_used_at");
        boolean neverUsed = rs.wasNull();
        return new ApiToken(
                rs.getString("id"), rs.getLong("user_id"), rs.getString("description"),
                projects(rs.getString("projects")), Micros.toInstant(rs.getLong("created_at")),
                noExpiry ? Optional.empty() : Optional.of(Micros.toInstant(expires)),
                neverUsed ? Optional.empty() : Optional.of(Micros.toInstant(used)));
    };

    private final Jdbi jdbi;

    public SqlTokenRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(ApiToken t, String rootKey) {
        jdbi.useTransaction(h -> h.createUpdate("INSERT INTO api_tokens (id, user_id, description, root_key, projects, created_at, expires_at) "
                        + "VALUES (:id, :user, :description, :key, :projects, :created, :expires)")
                .bind("id", t.id())
                .bind("user", t.userId())
                .bind("description", t.description())
                .bind("key", rootKey)
                .bind("projects", t.projects().isEmpty() ? null : JSON.writeValueAsString(t.projects()))
                .bind("created", Micros.of(t.createdAt()))
                .bind("expires", t.expiresAt().map(Micros::of).orElse(null))
                .execute());
    }

    @Override
    public Optional<StoredToken> byId(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM api_tokens WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> new StoredToken(MAPPER.map(rs, ctx), rs.getString("root_key"))).findOne());
    }

    @Override
    public List<ApiToken> byUser(long userId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM api_tokens WHERE user_id = :u ORDER BY created_at")
                .bind("u", userId).map(MAPPER).list());
    }

    @Override
    public boolean delete(String id) {
        return jdbi.inTransaction(h -> h.createUpdate("DELETE FROM api_tokens WHERE id = :id").bind("id", id).execute()) > 0;
    }

    @Override
    public void markUsed(String id, Instant when) {
        // Recorded at minute precision so that a busy token does not turn every read into a write.
        long micros = Micros.of(when);
        jdbi.useTransaction(h -> h.createUpdate("UPDATE api_tokens SET last_used_at = :t WHERE id = :id "
                        + "AND (last_used_at IS NULL OR last_used_at < :stale)")
                .bind("t", micros).bind("id", id).bind("stale", micros - 60_000_000L).execute());
    }

    private static List<String> projects(String json) {
        if (json == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (JsonNode n : JSON.readTree(json)) {
            out.add(n.asString());
        }
        return List.copyOf(out);
    }
}
