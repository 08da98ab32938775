package dev.larder.index.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import dev.larder.config.HostPort;
import dev.larder.devissuer.DevClaims;
import dev.larder.devissuer.DevIssuer;
import dev.larder.testing.RawHttp;
import dev.larder.testing.TestServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A development issuer configured twice: as "dev" (its own URL, so not github.com's) and as
 * "github" (github.com's issuer URL with the dev key pinned), so tests can publish as either.
 */
final class PublisherFixture implements AutoCloseable {
    static final String AUDIENCE = "larder-test";
    static final String GITHUB_ISSUER = "https://token.actions.githubusercontent.com";

    final DevIssuer issuer;
    final Path config;

    PublisherFixture(Path dir) throws Exception {
        issuer = DevIssuer.start(new HostPort("127.0.0.1", 0), dir.resolve("keys"), DevClaims.github());
        JWK key = JWK.parse(Files.readString(dir.resolve("keys").resolve("dev-issuer-key.json")));
        Path jwks = dir.resolve("github-jwks.json");
        Files.writeString(jwks, new JWKSet(key.toPublicJWK()).toString());
        config = dir.resolve("larder.yaml");
        Files.writeString(config, "trusted-publishing:\n  audience: " + AUDIENCE + "\n  issuers:\n"
                + "    - name: dev\n      type: github\n      url: " + issuer.url() + "\n"
                + "    - name: github\n      type: github\n      url: " + GITHUB_ISSUER + "\n      jwks: file:" + jwks + "\n");
    }

    /** Trusts myorg/myproject's release.yml in environment "release" through the named issuer. */
    static void trust(TestServer server, String ownerToken, String project, String issuerName) {
        RawHttp.Response r = RawHttp.send(server.port(), "POST", "/api/v1/projects/" + project + "/publishers",
                Map.of("Authorization", "Bearer " + ownerToken, "Content-Type", "application/json"),
                ("{\"issuer\":\"" + issuerName + "\",\"owner\":\"myorg\",\"repository\":\"myproject\",\"workflow\":\"release.yml\","
                        + "\"environment\":\"release\"}").getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
    }

    /** An upload token minted for a run with these claims changed (environment "release" unless given). */
    String uploadToken(TestServer server, Map<String, Object> overrides) {
        Map<String, Object> claims = new HashMap<>(Map.of("environment", "release"));
        claims.putAll(overrides);
        String oidc = issuer.mint(AUDIENCE, claims);
        RawHttp.Response r = RawHttp.send(server.port(), "POST", "/_/oidc/mint-token", Map.of(),
                ("{\"token\":\"" + oidc + "\"}").getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(r.body()).get("token").asString();
    }

    @Override
    public void close() {
        issuer.close();
    }
}
