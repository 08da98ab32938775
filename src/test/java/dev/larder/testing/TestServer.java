package dev.larder.testing;

import dev.larder.accounts.User;
import dev.larder.app.Larder;
import dev.larder.app.LarderSettings;
import dev.larder.config.SettingsSource;
import dev.larder.web.HttpServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A real Larder server on a random loopback port with its own temporary data directory, for tests
 * that talk HTTP to it. Close it to stop the server and delete nothing (the folder is the test's).
 * With {@code -Dlarder.test.storage=s3} its files go to a shared in-process S3 server instead of
 * the data directory, so every HTTP test also runs against S3 storage.
 */
public final class TestServer implements AutoCloseable {
    private static final java.util.concurrent.atomic.AtomicInteger SERVERS = new java.util.concurrent.atomic.AtomicInteger();

    private final Larder larder;
    private final HttpServer http;
    private final Path dataDir;
    private final boolean tls;

    private TestServer(Larder larder, HttpServer http, Path dataDir, boolean tls) {
        this.larder = larder;
        this.http = http;
        this.dataDir = dataDir;
        this.tls = tls;
    }

    /** Starts a server over plain HTTP with default settings, plus any {@code key -> value} settings given. */
    public static TestServer start(Path dataDir, Map<String, String> settings) {
        return start(dataDir, settings, null);
    }

    /** Also reads a YAML config file (for structured settings such as trusted-publishing issuers). */
    public static TestServer start(Path dataDir, Map<String, String> settings, Path configFile) {
        return start(dataDir, settings, configFile, java.time.Clock.systemUTC());
    }

    public static TestServer start(Path dataDir, Map<String, String> settings, Path configFile, java.time.Clock clock) {
        Map<String, String> all = new HashMap<>();
        all.put("data", dataDir.toString());
        all.put("listen", "127.0.0.1:0");
        if ("s3".equals(System.getProperty("larder.test.storage"))) {
            // mvn test -Dlarder.test.storage=s3: every server keeps its files in S3 (S3Proxy), under its own prefix.
            all.put("storage", S3ProxyServer.shared().location("larder-suite", "server-" + SERVERS.incrementAndGet()));
        }
        all.putAll(settings);
        LarderSettings s = LarderSettings.from(SettingsSource.of(all, Map.of(), configFile));
        Larder larder = Larder.open(s, clock);
        try {
            larder.recover();
            HttpServer http = larder.serve();
            return new TestServer(larder, http, dataDir, s.server().tlsCert().isPresent());
        } catch (RuntimeException e) {
            larder.close();
            throw e;
        }
    }

    public static TestServer start(Path dataDir) {
        return start(dataDir, Map.of());
    }

    /** Starts a server over HTTPS with the test CA's leaf certificate. */
    public static TestServer startTls(Path dataDir, TestCertificates certs) {
        return start(dataDir, Map.of("tls-cert", certs.leafCertificate().toString(), "tls-key", certs.leafKey().toString()));
    }

    public int port() {
        return http.port();
    }

    /** {@code http://127.0.0.1:PORT} (or https), no trailing slash. */
    public String baseUrl() {
        return (tls ? "https" : "http") + "://127.0.0.1:" + port();
    }

    public String uploadUrl() {
        return baseUrl() + "/legacy/";
    }

    public String simpleUrl() {
        return baseUrl() + "/simple/";
    }

    public Path dataDir() {
        return dataDir;
    }

    public Larder larder() {
        return larder;
    }

    /** Creates a user (if needed) and returns a new token for them, optionally scoped to projects. */
    public String tokenFor(String user, String... projects) {
        User u = larder.accounts().byName(user)
                .orElseGet(() -> larder.accounts().createUser(user, user + "@example.com", null, false));
        return larder.tokens().create(u.id(), "test", List.of(projects), Optional.empty());
    }

    @Override
    public void close() {
        http.close();
        larder.close();
    }

    public static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
