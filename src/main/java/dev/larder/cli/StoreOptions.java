package dev.larder.cli;

import dev.larder.app.LarderSettings;
import dev.larder.config.SettingsSource;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options that say which index to act on; shared by {@code serve} and the admin commands. */
public class StoreOptions {
    @Option(names = "--config", paramLabel = "FILE", description = "YAML configuration file.")
    Path config;

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default ./larder-data; env LARDER_DATA).")
    String data;

    @Option(names = "--database", paramLabel = "JDBC_URL",
            description = "Database: jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB (default SQLite in the data directory; env LARDER_DATABASE).")
    String database;

    @Option(names = "--database-connections", paramLabel = "N",
            description = "Most database connections this process keeps open (default 16 on PostgreSQL, 8 on SQLite; env LARDER_DATABASE_CONNECTIONS).")
    String databaseConnections;

    @Option(names = "--storage", paramLabel = "LOCATION",
            description = {"Where files are kept: file:DIR (default DATA/files) or",
                    "s3://BUCKET/PREFIX?endpoint=URL&region=R&path-style=true (credentials from the AWS environment variables or profile; env LARDER_STORAGE)."})
    String storage;

    Map<String, String> values() {
        Map<String, String> m = new HashMap<>();
        m.put("data", data);
        m.put("database", database);
        m.put("database-connections", databaseConnections);
        m.put("storage", storage);
        return m;
    }

    LarderSettings settings(Map<String, String> more) {
        Map<String, String> all = values();
        all.putAll(more);
        Path file = config;
        if (file == null && System.getenv("LARDER_CONFIG") != null) {
            file = Path.of(System.getenv("LARDER_CONFIG"));
        }
        return LarderSettings.from(SettingsSource.of(all, System.getenv(), file));
    }
}
