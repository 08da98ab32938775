package dev.larder.testing;

import java.nio.file.Path;
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

    /** A JDBC URL for a new database: a SQLite file in {@code dir}, or a fresh PostgreSQL database. */
    public String jdbcUrl(Path dir) {
        return this == POSTGRESQL ? TestPostgres.newDatabase() : "jdbc:sqlite:" + dir.resolve("larder.db");
    }

    /**
     * Settings for several servers that share one index: the same database (a SQLite file in
     * {@code dir}, or one fresh PostgreSQL database) and the same blob store under {@code dir}. Each
     * server still gets a data directory of its own.
     */
    public Map<String, String> sharedSettings(Path dir) {
        return Map.of("database", jdbcUrl(dir), "storage", "file:" + dir.resolve("files"));
    }

    public Map<String, String> settings() {
        return settings(Map.of());
    }
}
