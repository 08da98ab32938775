package dev.larder.accounts.sql;

import dev.larder.accounts.SecurityEvent;
import dev.larder.accounts.SecurityEventRepository;
import dev.larder.db.Micros;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** The security history in the {@code security_events} table. */
public final class SqlSecurityEventRepository implements SecurityEventRepository {
    private static final RowMapper<SecurityEvent> MAPPER = (rs, ctx) -> {
        long user = rs.getLong("user_id");
        Optional<Long> userId = rs.wasNull() ? Optional.empty() : Optional.of(user);
        return new SecurityEvent(rs.getLong("id"), userId, Optional.ofNullable(rs.getString("project_key")),
                rs.getString("kind"), rs.getString("actor"), rs.getString("detail"),
                Optional.ofNullable(rs.getString("address")), Micros.toInstant(rs.getLong("created_at")));
    };

    private final Jdbi jdbi;

    public SqlSecurityEventRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void append(Optional<Long> userId, Optional<String> projectKey, String kind, String actor, String detail,
                       Optional<String> address, Instant at) {
        jdbi.useTransaction(h -> h.createUpdate("INSERT INTO security_events (user_id, project_key, kind, actor, detail, address, created_at) "
                        + "VALUES (:user, :project, :kind, :actor, :detail, :address, :at)")
                .bind("user", userId.orElse(null))
                .bind("project", projectKey.orElse(null))
                .bind("kind", kind).bind("actor", actor).bind("detail", detail)
                .bind("address", address.orElse(null))
                .bind("at", Micros.of(at))
                .execute());
    }

    @Override
    public List<SecurityEvent> ofUser(long userId, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM security_events WHERE user_id = :u ORDER BY id DESC LIMIT :n")
                .bind("u", userId).bind("n", limit).map(MAPPER).list());
    }

    @Override
    public List<SecurityEvent> ofProject(String projectKey, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM security_events WHERE project_key = :p ORDER BY id DESC LIMIT :n")
                .bind("p", projectKey).bind("n", limit).map(MAPPER).list());
    }
}
