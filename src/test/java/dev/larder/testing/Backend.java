package dev.larder.testing;

import java.util.HashMap;
import java.util.Map;

/**
 * The databases a server-level test runs against. Tests take it as a class parameter
 * ({@code @ParameterizedClass @EnumSource(Backend.class)}) and pass {@link #settings} to {@link TestServer}.
 */
public enum Backend {
    /** The default: a SQLite file in the server's data directory. */
    SQLITE,
    /** A fresh database on the JVM's embedded PostgreSQL ({@link TestPostgres}). */
    POSTGRESQL;

    /** The given server settings plus the {@code database} setting this backend needs. */
    public Map<String, String> settings(Map<String, String> settings) {
        Map<String, String> all = new HashMap<>(settings);
        if (this == POSTGRESQL) {
            all.put("database", TestPostgres.newDatabase());
        }
        return all;
    }

    public Map<String, String> settings() {
        return settings(Map.of());
    }
}
