package dev.larder.trust.oidc;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real OIDC issuer on 127.0.0.1 serving a discovery document and a JWKS that the test changes,
 * counting the requests it gets and able to fail on demand.
 */
final class TestIssuer implements AutoCloseable {
    static final String DISCOVERY = "/.well-known/openid-configuration";
    static final String JWKS = "/jwks";

    private final HttpServer server;
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private volatile List<JWK> published = List.of();
    private volatile int failWithStatus;
    private volatile String jwksUri;
    private volatile Duration delay = Duration.ZERO;

    private TestIssuer(HttpServer server) {
        this.server = server;
    }

    static TestIssuer start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        TestIssuer issuer = new TestIssuer(server);
        server.createContext("/", issuer::answer);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        return issuer;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Serves these keys (their public parts) from now on. */
    void publish(JWK... keys) {
        published = List.of(keys);
    }

    /** Answers every request with this status (500, 404...) until {@link #answerNormally()}. */
    void failWith(int status) {
        failWithStatus = status;
    }

    void answerNormally() {
        failWithStatus = 0;
    }

    /** Names this jwks_uri in the discovery document instead of its own. */
    void announceJwksUri(String uri) {
        jwksUri = uri;
    }

    /** Waits this long before answering each request, like an overloaded issuer. */
    void answerAfter(Duration delay) {
        this.delay = delay;
    }

    int requestsFor(String path) {
        return requests.getOrDefault(path, new AtomicInteger()).get();
    }

    @Override
    public void close() {
        server.stop(0);
        ((ExecutorService) server.getExecutor()).shutdownNow();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (failWithStatus != 0) {
            send(exchange, failWithStatus, "{\"error\": \"failing on purpose\"}");
        } else if (path.equals(DISCOVERY)) {
            String uri = jwksUri == null ? url() + JWKS : jwksUri;
            send(exchange, 200, "{\"issuer\": \"" + url() + "\", \"jwks_uri\": \"" + uri + "\"}");
        } else if (path.equals(JWKS)) {
            send(exchange, 200, new JWKSet(published).toPublicJWKSet().toString());
        } else {
            send(exchange, 404, "{}");
        }
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
