package dev.larder.accounts.sql;

import dev.larder.accounts.LoginFailureRepository;
import dev.larder.db.Micros;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** Failed sign-ins in the {@code login_failures} table, shared by every instance. */
public final class SqlLoginFailureRepository implements LoginFailureRepository {
    private final Jdbi jdbi;

    public SqlLoginFailureRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(String subject, Instant at) {
        jdbi.useTransaction(h -> h.createUpdate("INSERT INTO login_failures (subject, failed_at) VALUES (:s, :at)")
                .bind("s", subject).bind("at", Micros.of(at)).execute());
    }

    @Override
    public List<Instant> since(String subject, Instant from) {
        return jdbi.withHandle(h -> h.createQuery("SELECT failed_at FROM login_failures WHERE subject = :s AND failed_at > :from "
                        + "ORDER BY failed_at")
                .bind("s", subject).bind("from", Micros.of(from)).mapTo(Long.class).list())
                .stream().map(Micros::toInstant).toList();
    }

    @Override
    public void clear(String subject) {
        jdbi.useTransaction(h -> h.createUpdate("DELETE FROM login_failures WHERE subject = :s").bind("s", subject).execute());
    }

    @Override
    public int prune(Instant before) {
        return jdbi.inTransaction(h -> h.createUpdate("DELETE FROM login_failures WHERE failed_at < :t")
                .bind("t", Micros.of(before)).execute());
    }
}
