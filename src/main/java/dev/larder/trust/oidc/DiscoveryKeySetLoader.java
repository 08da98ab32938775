package dev.larder.trust.oidc;

import com.nimbusds.jose.jwk.JWKSet;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keys found the OpenID Connect way: {@code {iss}/.well-known/openid-configuration} names a
 * {@code jwks_uri}, which serves the JWK set. Both URLs follow the same rules as issuer URLs.
 */
final class DiscoveryKeySetLoader implements KeySetLoader {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String issuerUrl;
    private final HttpClient http;
    private final KeyFetchPolicy policy;

    DiscoveryKeySetLoader(String issuerUrl, HttpClient http, KeyFetchPolicy policy) {
        this.issuerUrl = issuerUrl;
        this.http = http;
        this.policy = policy;
    }

    @Override
    public JWKSet load() throws KeySetUnavailable {
        URI discovery = IssuerUrl.discoveryDocument(issuerUrl);
        JsonNode document;
        try {
            document = JSON.readTree(get(discovery));
        } catch (JacksonException e) {
            throw new KeySetUnavailable(discovery + " is not JSON");
        }
        JsonNode jwksUri = document.get("jwks_uri");
        if (jwksUri == null || !jwksUri.isString()) {
            throw new KeySetUnavailable(discovery + " has no jwks_uri");
        }
        URI jwks;
        try {
            jwks = new URI(jwksUri.stringValue());
        } catch (URISyntaxException e) {
            throw new KeySetUnavailable(discovery + " has an invalid jwks_uri");
        }
        if (!IssuerUrl.isAllowed(jwks)) {
            throw new KeySetUnavailable(discovery + " names a jwks_uri that is neither https nor loopback: " + jwks);
        }
        try {
            JWKSet keys = JWKSet.parse(new String(get(jwks), StandardCharsets.UTF_8));
            if (keys.getKeys().isEmpty()) {
                throw new KeySetUnavailable(jwks + " has no keys");
            }
            return keys;
        } catch (ParseException e) {
            throw new KeySetUnavailable(jwks + " is not a JWK set: " + e.getMessage(), e);
        }
    }

    private byte[] get(URI uri) throws KeySetUnavailable {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(policy.timeout())
                .header("Accept", "application/json").GET().build();
        // The deadline on the future also bounds reading the body, which the request timeout does not.
        CompletableFuture<HttpResponse<byte[]>> pending =
                http.sendAsync(request, info -> new CappedBody(policy.maxBytes()));
        HttpResponse<byte[]> response;
        try {
            response = pending.get(policy.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new KeySetUnavailable(uri + " did not answer within " + policy.timeout().toMillis() + " ms");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new KeySetUnavailable("cannot fetch " + uri + ": " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KeySetUnavailable("interrupted while fetching " + uri, e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new KeySetUnavailable(uri + " answered HTTP " + response.statusCode());
        }
        return response.body();
    }
}
