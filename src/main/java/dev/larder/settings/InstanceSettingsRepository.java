package dev.larder.settings;

import java.time.Instant;
import java.util.Optional;

/** Persistence port for run-time settings, one text value per name. */
public interface InstanceSettingsRepository {
    Optional<String> value(String name);

    void put(String name, String value, String updatedBy, Instant at);
}
