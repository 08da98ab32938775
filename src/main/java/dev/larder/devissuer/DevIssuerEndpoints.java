package dev.larder.devissuer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The development issuer's HTTP interface: discovery and keys as any OIDC issuer has them, and the
 * token endpoint of GitHub Actions' protocol ({@code GET /token?audience=X}, answered with
 * {@code {"value": JWT}}), plus {@code POST /token} with claim overrides in JSON and
 * {@code GET /token/raw?audience=X}, which answers the bare JWT for a GitLab-style variable.
 */
final class DevIssuerEndpoints implements HttpHandler {
    static final String DISCOVERY = "/.well-known/openid-configuration";
    static final String JWKS = "/.well-known/jwks";
    private static final int MAX_BODY = 64 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String url;
    private final byte[] secret;
    private final DevSigningKey key;
    private final DevTokenMinter minter;

    DevIssuerEndpoints(String url, String secret, DevSigningKey key, DevTokenMinter minter) {
        this.url = url;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.key = key;
        this.minter = minter;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getRawPath();
            String method = exchange.getRequestMethod();
            switch (path) {
                case DISCOVERY -> onlyGet(exchange, method, () -> sendJson(exchange, 200, discoveryDocument()));
                case JWKS -> onlyGet(exchange, method, () -> sendJson(exchange, 200, key.publicKeys().toJSONObject()));
                case "/token" -> token(exchange, method, false);
                case "/token/raw" -> token(exchange, method, true);
                default -> sendJson(exchange, 404, Map.of("message", "no such endpoint; try " + DISCOVERY + " or /token"));
            }
        } catch (IllegalArgumentException e) {
            // A bad request: a malformed query escape, a body that is not the expected JSON, no audience.
            sendJson(exchange, 400, Map.of("message", String.valueOf(e.getMessage())));
        } finally {
            exchange.close();
        }
    }

    private void token(HttpExchange exchange, String method, boolean raw) throws IOException {
        if (!authorized(exchange.getRequestHeaders().getFirst("Authorization"))) {
            sendJson(exchange, 401, Map.of("message", "send the secret printed at start as 'Authorization: bearer SECRET'"));
            return;
        }
        TokenRequest request;
        if (method.equals("GET")) {
            request = TokenRequest.fromQuery(exchange.getRequestURI().getRawQuery());
        } else if (method.equals("POST")) {
            request = TokenRequest.fromJson(readBody(exchange.getRequestBody()));
        } else {
            exchange.getResponseHeaders().set("Allow", "GET, POST");
            sendJson(exchange, 405, Map.of("message", "use GET or POST"));
            return;
        }
        Optional<String> audience = request.audience();
        if (audience.isEmpty() && minter.shape() == CiShape.GITLAB) {
            throw new IllegalArgumentException("give the audience: ?audience=X (GitLab tokens have no default)");
        }
        String jwt = minter.mint(audience.orElseGet(minter::defaultAudience), request.overrides());
        if (raw) {
            send(exchange, 200, "text/plain; charset=utf-8", (jwt + "\n").getBytes(StandardCharsets.US_ASCII));
        } else {
            sendJson(exchange, 200, Map.of("value", jwt));
        }
    }

    /** {@code bearer SECRET}, the scheme in any case as clients differ; compared in constant time. */
    private boolean authorized(String header) {
        if (header == null || header.length() < 7 || !header.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
            return false;
        }
        return MessageDigest.isEqual(header.substring(7).trim().getBytes(StandardCharsets.UTF_8), secret);
    }

    private Map<String, Object> discoveryDocument() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", url);
        document.put("jwks_uri", url + JWKS);
        document.put("response_types_supported", List.of("id_token"));
        document.put("subject_types_supported", List.of("public", "pairwise"));
        document.put("id_token_signing_alg_values_supported", List.of("RS256"));
        document.put("scopes_supported", List.of("openid"));
        document.put("claims_supported", List.of("sub", "aud", "exp", "iat", "iss", "jti", "nbf", "ref", "sha", "repository",
                "repository_id", "repository_owner", "repository_owner_id", "run_id", "actor", "workflow", "workflow_ref",
                "job_workflow_ref", "event_name", "environment", "namespace_path", "project_path", "ci_config_ref_uri",
                "ref_path", "project_id", "namespace_id", "pipeline_id"));
        return document;
    }

    private interface Answer {
        void send() throws IOException;
    }

    private static void onlyGet(HttpExchange exchange, String method, Answer answer) throws IOException {
        if (method.equals("GET") || method.equals("HEAD")) {
            answer.send();
        } else {
            exchange.getResponseHeaders().set("Allow", "GET");
            sendJson(exchange, 405, Map.of("message", "use GET"));
        }
    }

    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            throw new IllegalArgumentException("the body is larger than " + MAX_BODY + " bytes");
        }
        return body;
    }

    private static void sendJson(HttpExchange exchange, int status, Object json) throws IOException {
        send(exchange, status, "application/json", JSON.writeValueAsBytes(json));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            exchange.getResponseBody().write(body);
        }
    }
}
