package dev.larder.devissuer;

import com.sun.net.httpserver.HttpServer;
import dev.larder.config.HostPort;
import dev.larder.trust.oidc.IssuerConfig;
import dev.larder.trust.oidc.IssuerType;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A running development issuer: {@code http://HOST:PORT} serving discovery, keys and tokens.
 * Start one in-process in tests, or through {@code ./larder dev-issuer}.
 */
public final class DevIssuer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService threads;
    private final String url;
    private final String secret;
    private final DevTokenMinter minter;

    private DevIssuer(HttpServer server, ExecutorService threads, String url, String secret, DevTokenMinter minter) {
        this.server = server;
        this.threads = threads;
        this.url = url;
        this.secret = secret;
        this.minter = minter;
    }

    /** Starts with a random bearer secret; {@code listen}'s port 0 picks a free port. */
    public static DevIssuer start(HostPort listen, Path keysDir, DevClaims job) throws IOException {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return start(listen, keysDir, job, Base64.getUrlEncoder().withoutPadding().encodeToString(random));
    }

    /**
     * @param listen  a loopback address: Larder accepts plain-http issuers only there
     * @param keysDir where the signing key is kept (made on first start, reused after)
     * @param secret  what token requests must send as {@code Authorization: bearer SECRET}
     */
    public static DevIssuer start(HostPort listen, Path keysDir, DevClaims job, String secret) throws IOException {
        if (secret.isBlank()) {
            throw new IllegalArgumentException("the bearer secret must not be empty");
        }
        issuerUrl(listen);
        DevSigningKey key = DevSigningKey.loadOrCreate(keysDir);
        HttpServer server = HttpServer.create(new InetSocketAddress(listen.host(), listen.port()), 0);
        String url = issuerUrl(new HostPort(listen.host(), server.getAddress().getPort()));
        DevTokenMinter minter = new DevTokenMinter(url, key, job, Clock.systemUTC());
        ExecutorService threads = Executors.newFixedThreadPool(4, task -> {
            Thread thread = new Thread(task, "dev-issuer");
            thread.setDaemon(true);
            return thread;
        });
        server.createContext("/", new DevIssuerEndpoints(url, secret, key, minter));
        server.setExecutor(threads);
        server.start();
        return new DevIssuer(server, threads, url, secret, minter);
    }

    /**
     * A token as the issuer at {@code listen} would hand it out, without starting it: for a job
     * that reads its token from an environment variable, as GitLab's do. The port must be the one
     * the issuer runs on, since it is part of {@code iss}.
     */
    public static String mintWithoutServing(HostPort listen, Path keysDir, DevClaims job, String audience) throws IOException {
        if (listen.port() == 0) {
            throw new IllegalArgumentException("give the port the issuer listens on: it is part of the token's issuer URL");
        }
        String url = issuerUrl(listen);
        return new DevTokenMinter(url, DevSigningKey.loadOrCreate(keysDir), job, Clock.systemUTC()).mint(audience, Map.of());
    }

    /** {@code http://HOST:PORT}: the {@code iss} of every token, checked against Larder's rules for issuer URLs. */
    private static String issuerUrl(HostPort address) {
        String url = "http://" + address;
        IssuerConfig.discovered("dev", IssuerType.OIDC, url);
        return url;
    }

    /** The issuer URL, {@code http://HOST:PORT}, which is every token's {@code iss}. */
    public String url() {
        return url;
    }

    public String secret() {
        return secret;
    }

    /** What a GitHub Actions runner puts in {@code ACTIONS_ID_TOKEN_REQUEST_URL}. */
    public String tokenRequestUrl() {
        return url + "/token?api-version=2.0";
    }

    public CiShape shape() {
        return minter.shape();
    }

    /** This issuer as Larder should be configured with it. */
    public IssuerConfig issuerConfig(String name) {
        return IssuerConfig.discovered(name, minter.shape().issuerType(), url);
    }

    /** A fresh token for {@code audience}, with claims overridden ({@code null} removes one). */
    public String mint(String audience, Map<String, Object> overrides) {
        return minter.mint(audience, overrides);
    }

    public String mint(String audience) {
        return mint(audience, Map.of());
    }

    /**
     * The environment a publishing client needs and the issuer block for Larder's configuration,
     * for a Larder with the default audience {@code larder} (no base URL configured).
     */
    public String clientInstructions() {
        return clientInstructions("larder");
    }

    /** The same for a Larder whose audience ({@code GET /_/oidc/audience}) is {@code audience}. */
    public String clientInstructions(String audience) {
        return ClientInstructions.of(this, audience);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
