package dev.larder.devissuer;

import static dev.larder.devissuer.DevIssuerFixture.AUDIENCE;
import static dev.larder.devissuer.DevIssuerFixture.JSON;
import static dev.larder.devissuer.DevIssuerFixture.claimsOf;
import static dev.larder.devissuer.DevIssuerFixture.headerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.larder.trust.oidc.IssuerType;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The GitHub Actions token-request protocol and the issuer's other endpoints, over real HTTP. */
class TokenEndpointTest {
    @TempDir
    Path keys;

    DevIssuerFixture f;

    @AfterEach
    void stop() {
        if (f != null) {
            f.close();
        }
    }

    void start(DevClaims job) throws Exception {
        f = new DevIssuerFixture(keys, job);
    }

    String valueOf(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body()).get("value").stringValue();
    }

    @Test
    void theRequestedAudienceIsCopiedIntoAudWhereverItStandsInTheQuery() throws Exception {
        start(DevClaims.github());
        String odd = "https://larder.example/x?y=1&z";

        assertThat(f.verifyAs(IssuerType.GITHUB, f.requestToken(AUDIENCE)).claims()).containsEntry("aud", AUDIENCE);
        String jwt = valueOf(f.get("/token?audience=" + URLEncoder.encode(odd, StandardCharsets.UTF_8) + "&api-version=2.0",
                "bearer s3cret"));
        assertThat(claimsOf(jwt).get("aud").stringValue()).isEqualTo(odd);
    }

    @Test
    void withoutAnAudienceTheTokenIsForTheOwnersGithubUrlAsOnGithub() throws Exception {
        start(DevClaims.github());

        String jwt = valueOf(f.get("/token?api-version=2.0", "bearer s3cret"));

        assertThat(claimsOf(jwt).get("aud").stringValue()).isEqualTo("https://github.com/myorg");
    }

    @Test
    void aWrongOrMissingBearerSecretIsAnswered401() throws Exception {
        start(DevClaims.github());

        for (String authorization : new String[] {"bearer wrong", "bearer s3cret2", "bearer", "s3cret", "Basic czNjcmV0", null}) {
            HttpResponse<String> response = f.get("/token?api-version=2.0&audience=x", authorization);

            assertThat(response.statusCode()).as(String.valueOf(authorization)).isEqualTo(401);
            assertThat(response.body()).doesNotContain("value");
        }
        assertThat(f.get("/token/raw?audience=x", "bearer nope").statusCode()).isEqualTo(401);
        assertThat(f.send("POST", "/token", "bearer nope", "{\"audience\": \"x\"}").statusCode()).isEqualTo(401);
    }

    @Test
    void theBearerSchemeIsMatchedInAnyCase() throws Exception {
        start(DevClaims.github());

        for (String scheme : List.of("bearer", "Bearer", "BEARER")) {
            assertThat(f.get("/token?audience=x", scheme + " s3cret").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void everyTokenHasAFreshJti() throws Exception {
        start(DevClaims.github());

        assertThat(claimsOf(f.requestToken(AUDIENCE)).get("jti")).isNotEqualTo(claimsOf(f.requestToken(AUDIENCE)).get("jti"));
    }

    @Test
    void claimsCanBeOverriddenOrOmittedInTheQuery() throws Exception {
        start(DevClaims.github());

        JsonNode claims = claimsOf(valueOf(f.get("/token?api-version=2.0&audience=x&claim.environment=staging&claim.exp=123&omit=jti",
                "bearer s3cret")));

        assertThat(claims.get("environment").stringValue()).isEqualTo("staging");
        assertThat(claims.get("exp").isIntegralNumber()).isTrue();
        assertThat(claims.get("exp").longValue()).isEqualTo(123);
        assertThat(claims.has("jti")).isFalse();
    }

    @Test
    void claimsCanBeOverriddenWithAnyJsonValueInAPostBody() throws Exception {
        start(DevClaims.github());

        JsonNode claims = claimsOf(valueOf(f.send("POST", "/token", "Bearer s3cret",
                "{\"audience\": \"a\", \"claims\": {\"aud\": [\"a\", \"b\"], \"jti\": null, \"repository_owner_id\": 42}}")));

        assertThat(claims.get("aud").toString()).isEqualTo("[\"a\",\"b\"]");
        assertThat(claims.has("jti")).isFalse();
        assertThat(claims.get("repository_owner_id").isNumber()).isTrue();
    }

    @Test
    void theRawEndpointAnswersTheBareTokenForAnEnvironmentVariable() throws Exception {
        start(DevClaims.gitlab());

        HttpResponse<String> raw = f.get("/token/raw?audience=" + AUDIENCE, "bearer s3cret");

        assertThat(raw.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(raw.body()).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+\n");
        assertThat(f.verifyAs(IssuerType.GITLAB, raw.body().strip()).claims()).containsEntry("aud", AUDIENCE);
    }

    @Test
    void gitlabTokensNeedAnAudience() throws Exception {
        start(DevClaims.gitlab());

        HttpResponse<String> response = f.get("/token/raw", "bearer s3cret");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("give the audience");
    }

    @Test
    void unknownPathsMethodsAndBodiesAreRefused() throws Exception {
        start(DevClaims.github());

        assertThat(f.get("/nothing", null).statusCode()).isEqualTo(404);
        assertThat(f.send("PUT", "/token", "bearer s3cret", "").statusCode()).isEqualTo(405);
        assertThat(f.send("POST", "/.well-known/jwks", "bearer s3cret", "").statusCode()).isEqualTo(405);
        HttpResponse<String> notJson = f.send("POST", "/token", "bearer s3cret", "audience=x");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.body()).contains("not JSON");
    }

    @Test
    void theDiscoveryDocumentNamesTheIssuerAndAKeySetWithTheSigningKey() throws Exception {
        start(DevClaims.github());

        JsonNode discovery = JSON.readTree(f.get("/.well-known/openid-configuration", null).body());
        JsonNode jwks = JSON.readTree(f.http.send(HttpRequest.newBuilder(URI.create(discovery.get("jwks_uri").stringValue())).build(),
                HttpResponse.BodyHandlers.ofString()).body());

        assertThat(discovery.get("issuer").stringValue()).isEqualTo(f.issuer.url());
        assertThat(discovery.get("id_token_signing_alg_values_supported").toString()).isEqualTo("[\"RS256\"]");
        assertThat(discovery.get("claims_supported").toString()).contains("\"job_workflow_ref\"", "\"project_path\"");
        assertThat(jwks.get("keys")).hasSize(1);
        assertThat(jwks.get("keys").get(0).get("kid").stringValue())
                .isEqualTo(headerOf(f.requestToken(AUDIENCE)).get("kid").stringValue());
        assertThat(jwks.get("keys").get(0).has("d")).as("no private part").isFalse();
    }

    @Test
    void theStartTextGivesTheClientEnvironmentAndLardersIssuerBlock() throws Exception {
        start(DevClaims.github());

        assertThat(f.issuer.clientInstructions()).contains(
                "export GITHUB_ACTIONS=true\n",
                "export ACTIONS_ID_TOKEN_REQUEST_URL='" + f.issuer.url() + "/token?api-version=2.0'\n",
                "export ACTIONS_ID_TOKEN_REQUEST_TOKEN=s3cret\n",
                "trusted-publishing:\n  issuers:\n    - name: dev\n      type: github\n      url: " + f.issuer.url() + "\n");
    }

    @Test
    void theGitlabStartTextShowsHowToPutATokenInTheEnvironment() throws Exception {
        start(DevClaims.gitlab());

        assertThat(f.issuer.clientInstructions()).contains("export GITLAB_CI=true\n",
                "export LARDER_ID_TOKEN=$(curl -s -H 'Authorization: bearer s3cret' '" + f.issuer.url() + "/token/raw?audience=larder')\n",
                "      type: gitlab\n");
    }

    @Test
    void theGitlabStartTextNamesTheTokenVariableAfterLardersAudienceAsClientsDo() throws Exception {
        start(DevClaims.gitlab());

        assertThat(f.issuer.clientInstructions("pypi.example.com")).contains(
                "export PYPI_EXAMPLE_COM_ID_TOKEN=$(curl -s -H 'Authorization: bearer s3cret' '" + f.issuer.url()
                        + "/token/raw?audience=pypi.example.com')\n");
    }
}
