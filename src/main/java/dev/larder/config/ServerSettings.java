package dev.larder.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Everything {@code larder serve} and the admin commands need to reach the same index.
 *
 * @param baseUrl the public URL clients use (behind a proxy); empty means "derive from the request"
 * @param database a JDBC URL; empty means SQLite at {@code DATA/larder.db}
 * @param storage {@code file:DIR} or {@code s3://BUCKET/PREFIX?endpoint=URL&region=R&path-style=true};
 *                empty means {@code DATA/files}
 * @param databaseConnections the most connections the pool opens (each instance has its own
 *                            pool: on PostgreSQL, instances x this must stay under max_connections)
 * @param releaseUploadWindow how long a release accepts new files after it was created
 *                            (PyPI's 14 days by default; {@code 0} switches the rule off)
 */
public record ServerSettings(
        HostPort listen,
        Path dataDir,
        Optional<URI> baseUrl,
        Optional<Path> tlsCert,
        Optional<Path> tlsKey,
        long maxFileSize,
        long maxProjectSize,
        Optional<String> database,
        OptionalInt databaseConnections,
        Optional<String> storage,
        Optional<Duration> releaseUploadWindow) {

    public static final long DEFAULT_MAX_FILE_SIZE = 100L << 20;
    public static final long DEFAULT_MAX_PROJECT_SIZE = 10L << 30;

    public static ServerSettings from(SettingsSource s) {
        Optional<Path> cert = s.get("tls-cert").map(Path::of);
        Optional<Path> key = s.get("tls-key").map(Path::of);
        if (cert.isPresent() != key.isPresent()) {
            throw new ConfigException("--tls-cert and --tls-key go together: give both PEM files, or neither");
        }
        Optional<URI> base = s.get("base-url").map(ServerSettings::baseUrl);
        return new ServerSettings(
                HostPort.parse(s.get("listen").orElse("127.0.0.1:8080")),
                Path.of(s.get("data").orElse("larder-data")).toAbsolutePath().normalize(),
                base,
                cert,
                key,
                s.get("max-file-size").map(ByteSize::parse).orElse(DEFAULT_MAX_FILE_SIZE),
                s.get("max-project-size").map(ByteSize::parse).orElse(DEFAULT_MAX_PROJECT_SIZE),
                s.get("database"),
                connections(s.get("database-connections")),
                s.get("storage"),
                uploadWindow(s.get("release-upload-window").orElse("14d")));
    }

    private static OptionalInt connections(Optional<String> text) {
        if (text.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            int n = Integer.parseInt(text.get().strip());
            if (n >= 1 && n <= 1000) {
                return OptionalInt.of(n);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigException("--database-connections '" + text.get() + "' must be a whole number from 1 to 1000");
    }

    public String jdbcUrl() {
        return database.orElse("jdbc:sqlite:" + dataDir.resolve("larder.db"));
    }

    public String storageLocation() {
        return storage.orElse("file:" + dataDir.resolve("files"));
    }

    private static Optional<Duration> uploadWindow(String text) {
        Duration d = text.trim().equals("0") ? Duration.ZERO : DurationText.parse(text);
        return d.isZero() ? Optional.empty() : Optional.of(d);
    }

    private static URI baseUrl(String text) {
        String t = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        try {
            URI uri = URI.create(t);
            if (uri.getScheme() == null || uri.getHost() == null
                    || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                throw new IllegalArgumentException();
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new ConfigException("--base-url '" + text + "' must be an absolute http(s) URL such as https://pypi.example.com");
        }
    }
}
