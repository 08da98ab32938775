package dev.larder.ops.http;

import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * {@code GET /metrics}: the Prometheus text format (version 0.0.4). Open by default; with a
 * metrics token configured, only for {@code Authorization: Bearer <token>}.
 */
public final class MetricsEndpoint {
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry;
    private final Optional<byte[]> tokenDigest;

    public MetricsEndpoint(PrometheusMeterRegistry registry, Optional<String> token) {
        this.registry = registry;
        this.tokenDigest = token.map(MetricsEndpoint::sha256);
    }

    public void scrape(Context ctx) {
        if (!authorized(ctx.header("Authorization"))) {
            ctx.status(401).header("WWW-Authenticate", "Bearer realm=\"larder-metrics\"")
                    .contentType("text/plain; charset=utf-8").result("A metrics token is required: Authorization: Bearer <token>\n");
            return;
        }
        ctx.header("Cache-Control", "no-store").contentType(CONTENT_TYPE).result(registry.scrape(CONTENT_TYPE));
    }

    private boolean authorized(String header) {
        if (tokenDigest.isEmpty()) {
            return true;
        }
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        // Digests have one length, so the comparison takes the same time whatever was sent.
        return MessageDigest.isEqual(tokenDigest.get(), sha256(header.substring(7).trim()));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
