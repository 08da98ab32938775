package dev.larder.devissuer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.larder.config.HostPort;
import dev.larder.trust.oidc.IssuerRegistry;
import dev.larder.trust.oidc.IssuerType;
import dev.larder.trust.oidc.OidcTokenVerifier;
import dev.larder.trust.oidc.TokenRejected;
import dev.larder.trust.oidc.VerifiedToken;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A development issuer on a free loopback port with the secret "s3cret", and a client for it. */
final class DevIssuerFixture implements AutoCloseable {
    static final String AUDIENCE = "larder.example";
    static final HostPort ANY_LOOPBACK_PORT = new HostPort("127.0.0.1", 0);
    static final JsonMapper JSON = JsonMapper.builder().build();

    final HttpClient http = HttpClient.newHttpClient();
    final DevIssuer issuer;

    DevIssuerFixture(Path keys, DevClaims job) throws IOException {
        issuer = DevIssuer.start(ANY_LOOPBACK_PORT, keys, job, "s3cret");
    }

    HttpResponse<String> get(String pathAndQuery, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(issuer.url() + pathAndQuery));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(String method, String path, String authorization, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(issuer.url() + path)).header("Authorization", authorization)
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** What a GitHub Actions client does: add audience= to the request URL, send the bearer secret. */
    String requestToken(String audience) throws Exception {
        HttpResponse<String> response = get("/token?api-version=2.0&audience=" + URLEncoder.encode(audience, StandardCharsets.UTF_8),
                "bearer s3cret");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        return JSON.readTree(response.body()).get("value").stringValue();
    }

    /** Larder's verifier with this issuer configured as "dev", of the type its CI shape implies. */
    VerifiedToken verifyAs(IssuerType type, String jwt) throws TokenRejected {
        IssuerRegistry registry = IssuerRegistry.of(List.of(issuer.issuerConfig("dev")));
        assertThat(registry.byName("dev").orElseThrow().type()).isEqualTo(type);
        return new OidcTokenVerifier(registry, AUDIENCE, Clock.systemUTC()).verify(jwt);
    }

    static JsonNode claimsOf(String jwt) {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    static JsonNode headerOf(String jwt) {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[0]));
    }

    @Override
    public void close() {
        issuer.close();
    }
}
