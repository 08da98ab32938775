package dev.larder.ops.http;

import dev.larder.ops.Readiness;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /healthz}: the process answers HTTP (liveness; restart it if not). {@code /readyz}: it can
 * also serve requests, because the database and the storage answer (readiness; a load balancer
 * sends traffic only to ready instances). Neither needs credentials nor tells more than that.
 */
public final class HealthEndpoints {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final Readiness readiness;

    public HealthEndpoints(Readiness readiness) {
        this.readiness = readiness;
    }

    public void alive(Context ctx) {
        ctx.header("Cache-Control", "no-store").contentType("text/plain").result("ok");
    }

    /** 200 {@code {"status":"ready","database":"ok","storage":"ok"}}, or 503 naming the part that failed. */
    public void ready(Context ctx) {
        Map<String, String> parts = readiness.check();
        boolean ready = parts.values().stream().allMatch(Readiness.OK::equals);
        Map<String, String> body = new LinkedHashMap<>();
        body.put("status", ready ? "ready" : "unavailable");
        body.putAll(parts);
        ctx.status(ready ? 200 : 503).header("Cache-Control", "no-store")
                .contentType("application/json").result(JSON.writeValueAsString(body));
    }
}
