package dev.larder.trust.http;

import dev.larder.trust.ExchangeRefused;
import dev.larder.trust.MintedToken;
import dev.larder.trust.TokenExchangeFacade;
import dev.larder.web.http.AcceptHeader;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The token-exchange wire protocol at the host root, as pypi.org serves it and clients expect it:
 * {@code GET /_/oidc/audience}, {@code POST /_/oidc/mint-token} (and the legacy
 * {@code /_/oidc/github/mint-token}), {@code POST /_/oidc/burn-token} (uv calls it after
 * uploading, to end the upload token's life early), plus PEP 807 discovery at
 * {@code /.well-known/pytp/<key>}.
 */
public final class OidcEndpoints {
    private static final Logger LOG = LoggerFactory.getLogger(OidcEndpoints.class);
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final int MAX_BODY = 64 * 1024;
    static final String PYTP_TYPE = "application/vnd.pypi.pytp.v1+json";

    private final TokenExchangeFacade exchange;
    private final Set<String> discoveryKeys;
    private final MeterRegistry metrics;
    private final Optional<String> baseUrl;

    /**
     * @param uploadPaths the paths of upload URLs that trusted publishing serves (e.g. {@code /legacy/})
     * @param baseUrl the public URL behind a proxy, for the URLs discovery hands out; empty: the request's origin
     * @param metrics receives {@code larder_token_exchanges_total} by outcome ({@code minted} or the error code)
     */
    public OidcEndpoints(TokenExchangeFacade exchange, List<String> uploadPaths, Optional<String> baseUrl, MeterRegistry metrics) {
        this.exchange = exchange;
        this.metrics = metrics;
        this.baseUrl = baseUrl.map(b -> b.endsWith("/") ? b.substring(0, b.length() - 1) : b);
        this.discoveryKeys = Set.copyOf(uploadPaths.stream().map(OidcEndpoints::sha256).toList());
    }

    public void audience(Context ctx) {
        ctx.contentType("application/json").result(JSON.writeValueAsString(Map.of("audience", exchange.audience())));
    }

    public void mintToken(Context ctx) throws IOException {
        handle(ctx, this::countExchange, body -> {
            MintedToken minted = exchange.exchange(body);
            countExchange("minted");
            ctx.result(JSON.writeValueAsString(Map.of("success", true, "token", minted.token(),
                    "expires", minted.expires().getEpochSecond())));
        });
    }

    /** 202 for any well-formed request, burnt or not: the answer must not tell whether a token is valid. */
    public void burnToken(Context ctx) throws IOException {
        handle(ctx, code -> { }, body -> {
            boolean burnt = exchange.burn(body);
            LOG.info("token burn requested: {}", burnt ? "token invalidated" : "not a live token of this index");
            ctx.status(202).result(JSON.writeValueAsString(Map.of("message",
                    "Accepted: if this was a live upload token of this index, it can no longer be used")));
        });
    }

    @FunctionalInterface
    private interface BodyHandler {
        void accept(byte[] body) throws ExchangeRefused;
    }

    /** Reads a bounded JSON body and answers refusals in PyPI's 422 shape. */
    private static void handle(Context ctx, Consumer<String> refusals, BodyHandler handler) throws IOException {
        byte[] body = ctx.req().getInputStream().readNBytes(MAX_BODY + 1);
        ctx.contentType("application/json");
        try {
            if (body.length > MAX_BODY) {
                throw new ExchangeRefused("invalid-payload", "the request body is larger than 64 KiB");
            }
            handler.accept(body);
        } catch (ExchangeRefused e) {
            refusals.accept(e.code());
            refuse(ctx, e);
        }
    }

    /** Outcomes are {@code minted} and the protocol's few error codes, so the series stay bounded. */
    private void countExchange(String outcome) {
        Counter.builder("larder.token.exchanges").description("OIDC token exchanges, by outcome (minted or the error code)")
                .tag("outcome", outcome).register(metrics).increment();
    }

    private static void refuse(Context ctx, ExchangeRefused e) {
        LOG.info("token exchange refused: {} {}", e.code(), e.description());
        ctx.status(422).result(JSON.writeValueAsString(Map.of("message", "Token request failed",
                "errors", List.of(Map.of("code", e.code(), "description", e.description())))));
    }

    /** PEP 807: 200 with the two endpoints for an upload path we serve, 404 (no body) otherwise. */
    public void discovery(Context ctx) {
        String accept = ctx.header("Accept");
        if (accept != null && AcceptHeader.parse(accept).quality(PYTP_TYPE) <= 0) {
            ctx.status(406).contentType("application/problem+json").result(JSON.writeValueAsString(Map.of(
                    "type", "about:blank", "title", "Not Acceptable", "status", 406,
                    "detail", "this endpoint answers only " + PYTP_TYPE,
                    "message", "Not Acceptable",
                    "errors", List.of(Map.of("code", "not-acceptable", "description", "send Accept: " + PYTP_TYPE)))));
            return;
        }
        if (!discoveryKeys.contains(ctx.pathParam("key"))) {
            ctx.status(404);
            return;
        }
        String origin = baseUrl.orElse(ctx.scheme() + "://" + ctx.host());
        ctx.contentType(PYTP_TYPE).result(JSON.writeValueAsString(Map.of(
                "audience-endpoint", origin + "/_/oidc/audience",
                "mint-token-endpoint", origin + "/_/oidc/mint-token")));
    }

    static String sha256(String path) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
