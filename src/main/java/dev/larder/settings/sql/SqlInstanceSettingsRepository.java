package dev.larder.settings.sql;

import dev.larder.db.Micros;
import dev.larder.settings.InstanceSettingsRepository;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Run-time settings in the {@code instance_settings} table. */
public final class SqlInstanceSettingsRepository implements InstanceSettingsRepository {
    private final Jdbi jdbi;

    public SqlInstanceSettingsRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<String> value(String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT value FROM instance_settings WHERE name = :n")
                .bind("n", name).mapTo(String.class).findOne());
    }

    @Override
    public void put(String name, String value, String updatedBy, Instant at) {
        jdbi.useTransaction(h -> h.createUpdate("INSERT INTO instance_settings (name, value, updated_by, updated_at) "
                        + "VALUES (:n, :v, :by, :at) ON CONFLICT (name) DO UPDATE SET value = excluded.value, "
                        + "updated_by = excluded.updated_by, updated_at = excluded.updated_at")
                .bind("n", name).bind("v", value).bind("by", updatedBy).bind("at", Micros.of(at)).execute());
    }
}
