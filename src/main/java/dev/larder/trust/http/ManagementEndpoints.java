package dev.larder.trust.http;

import dev.larder.accounts.AccountsFacade;
import dev.larder.tokens.TokensFacade;
import dev.larder.trust.ManagementFacade;
import dev.larder.trust.PendingPublisher;
import dev.larder.trust.PublishingAttempt;
import dev.larder.trust.TrustException;
import dev.larder.trust.TrustedPublisher;
import dev.larder.trust.publishers.PublisherJson;
import dev.larder.upload.Credentials;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON management API under {@code /api/v1}, authenticated with a user's API token
 * ({@code Authorization: Bearer pypi-...} or Basic {@code __token__}). Errors are JSON
 * {@code {"message": ...}} with a 4xx status that says what kind of problem it is.
 */
public final class ManagementEndpoints {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final ManagementFacade management;
    private final TokensFacade tokens;
    private final AccountsFacade accounts;

    public ManagementEndpoints(ManagementFacade management, TokensFacade tokens, AccountsFacade accounts) {
        this.management = management;
        this.tokens = tokens;
        this.accounts = accounts;
    }

    @FunctionalInterface
    private interface Action {
        Object run(ManagementFacade.Caller caller);
    }

    private void respond(Context ctx, int status, Action action) {
        ctx.contentType("application/json");
        try {
            ManagementFacade.Caller caller = caller(ctx);
            Object result = action.run(caller);
            ctx.status(status);
            if (result != null) {
                ctx.result(JSON.writeValueAsString(result));
            }
        } catch (TrustException e) {
            if (e.status() == 401) {
                ctx.header("WWW-Authenticate", "Bearer realm=\"larder\"");
            }
            ctx.status(e.status()).result(JSON.writeValueAsString(Map.of("message", e.getMessage())));
        }
    }

    private ManagementFacade.Caller caller(Context ctx) {
        if (!(Credentials.fromHeader(ctx.header("Authorization")) instanceof Credentials.Token t)) {
            throw new TrustException(401, "authenticate with a user's API token: Authorization: Bearer pypi-...");
        }
        var principal = tokens.identify(t.token())
                .orElseThrow(() -> new TrustException(401, "the API token is not valid (unknown, revoked or malformed)"));
        var user = accounts.byId(principal.userId()).filter(u -> !u.disabled())
                .orElseThrow(() -> new TrustException(401, "the API token's user is disabled"));
        tokens.timeFailure(principal).ifPresent(r -> {
                    throw new TrustException(401, "the API token cannot be used: " + r);
                });
        return new ManagementFacade.Caller(user, principal, java.util.Optional.of(ctx.ip()));
    }

    private static Map<String, Object> body(Context ctx) {
        JsonNode node;
        try {
            node = JSON.readTree(ctx.bodyAsBytes());
        } catch (RuntimeException e) {
            throw new TrustException(400, "the request body is not valid JSON");
        }
        if (node == null || !node.isObject()) {
            throw new TrustException(400, "the request body must be a JSON object");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (var e : node.properties()) {
            JsonNode v = e.getValue();
            out.put(e.getKey(), v.isString() ? v.asString() : v.isBoolean() ? v.asBoolean() : v.isNull() ? null
                    : v.isObject() || v.isArray() ? JSON.convertValue(v, Object.class) : v.toString());
        }
        return out;
    }

    public void listPublishers(Context ctx) {
        respond(ctx, 200, c -> management.publishers(c, ctx.pathParam("name")).stream().map(ManagementEndpoints::view).toList());
    }

    public void addPublisher(Context ctx) {
        respond(ctx, 201, c -> view(management.addPublisher(c, ctx.pathParam("name"), body(ctx))));
    }

    public void removePublisher(Context ctx) {
        respond(ctx, 204, c -> {
            management.removePublisher(c, ctx.pathParam("name"), ctx.pathParam("id"));
            return null;
        });
    }

    public void attempts(Context ctx) {
        respond(ctx, 200, c -> management.attempts(c, ctx.pathParam("name"), limit(ctx)).stream().map(ManagementEndpoints::view).toList());
    }

    public void settings(Context ctx) {
        respond(ctx, 200, c -> Map.of("trusted_publishing_only", management.trustedPublishingOnly(c, ctx.pathParam("name"))));
    }

    public void updateSettings(Context ctx) {
        respond(ctx, 200, c -> {
            Object only = body(ctx).get("trusted_publishing_only");
            if (!(only instanceof Boolean b)) {
                throw new TrustException(400, "trusted_publishing_only: give true or false");
            }
            management.setTrustedPublishingOnly(c, ctx.pathParam("name"), b);
            return Map.of("trusted_publishing_only", b);
        });
    }

    public void listPending(Context ctx) {
        respond(ctx, 200, c -> management.pending(c).stream().map(ManagementEndpoints::view).toList());
    }

    public void addPending(Context ctx) {
        respond(ctx, 201, c -> view(management.addPending(c, body(ctx))));
    }

    public void removePending(Context ctx) {
        respond(ctx, 204, c -> {
            management.removePending(c, ctx.pathParam("id"));
            return null;
        });
    }

    private static int limit(Context ctx) {
        try {
            return ctx.queryParam("limit") == null ? 100 : Integer.parseInt(ctx.queryParam("limit"));
        } catch (NumberFormatException e) {
            throw new TrustException(400, "limit must be a number");
        }
    }

    static ObjectNode view(TrustedPublisher p) {
        ObjectNode o = specView(PublisherJson.write(p.spec()));
        o.put("id", p.id());
        o.put("issuer", p.issuerName());
        o.put("description", p.spec().describe());
        o.put("created_at", p.createdAt().toString());
        return o;
    }

    static ObjectNode view(PendingPublisher p) {
        ObjectNode o = specView(PublisherJson.write(p.spec()));
        o.put("id", p.id());
        o.put("project_name", p.projectName());
        o.put("issuer", p.issuerName());
        o.put("description", p.spec().describe());
        o.put("created_at", p.createdAt().toString());
        return o;
    }

    static ObjectNode view(PublishingAttempt a) {
        ObjectNode o = JSON.createObjectNode();
        o.put("at", a.at().toString());
        o.put("issuer", a.issuerName());
        o.put("accepted", a.accepted());
        a.publisherId().ifPresentOrElse(id -> o.put("publisher_id", id), () -> o.putNull("publisher_id"));
        o.put("reason", a.reason());
        ObjectNode claims = o.putObject("claims");
        a.claims().forEach(claims::put);
        return o;
    }

    private static ObjectNode specView(String specJson) {
        JsonNode spec = JSON.readTree(specJson);
        ObjectNode o = JSON.createObjectNode();
        if (spec.isObject()) {
            o.setAll((ObjectNode) spec);
        }
        return o;
    }

}
