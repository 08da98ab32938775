package dev.larder.trust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.larder.config.HostPort;
import dev.larder.devissuer.DevClaims;
import dev.larder.devissuer.DevIssuer;
import dev.larder.testing.Backend;
import dev.larder.testing.MutableClock;
import dev.larder.testing.RawHttp;
import dev.larder.testing.TestDistributions;
import dev.larder.testing.TestServer;
import dev.larder.testing.Uploads;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The token exchange and publishing with minted tokens, against a real server and a real OIDC issuer. */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class TrustedPublishingTest {
    /** The database this run uses; the class-level setup receives it too. */
    @Parameter
    Backend backend;

    @TempDir
    static Path dir;

    static DevIssuer issuer;
    static TestServer server;
    static MutableClock clock;
    static String ownerToken;
    static final String AUDIENCE = "larder-test";

    @BeforeParameterizedClassInvocation
    static void start(Backend backend) throws Exception {
        clock = MutableClock.now();
        issuer = DevIssuer.start(new HostPort("127.0.0.1", 0), dir.resolve("keys"), DevClaims.github());
        Path config = dir.resolve("larder.yaml");
        Files.writeString(config, "trusted-publishing:\n  audience: " + AUDIENCE + "\n  issuers:\n"
                + "    - name: dev\n      type: github\n      url: " + issuer.url() + "\n");
        server = TestServer.start(dir.resolve("data-" + backend.name()), backend.settings(), config, clock);
        ownerToken = server.tokenFor("alice");
        upload(ownerToken, "myproject", "0.1");
        RawHttp.Response added = api("POST", "/api/v1/projects/myproject/publishers", ownerToken,
                "{\"issuer\":\"dev\",\"owner\":\"myorg\",\"repository\":\"myproject\",\"workflow\":\"release.yml\",\"environment\":\"release\"}");
        assertThat(added.status()).as(added.text()).isEqualTo(201);
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        server.close();
        issuer.close();
    }

    static RawHttp.Response upload(String token, String project, String version) {
        String dist = project.replace('-', '_');
        byte[] wheel = TestDistributions.wheel(dist, project, version, version);
        return Uploads.post(server, Uploads.tokenAuth(token),
                Uploads.wheelForm(project, version, dist + "-" + version + "-py3-none-any.whl", wheel).build());
    }

    static RawHttp.Response api(String method, String path, String token, String json) {
        Map<String, String> h = new HashMap<>();
        h.put("Authorization", "Bearer " + token);
        h.put("Content-Type", "application/json");
        return RawHttp.send(server.port(), method, path, h, json == null ? null : json.getBytes(StandardCharsets.UTF_8));
    }

    static RawHttp.Response mint(String oidcToken) {
        return RawHttp.send(server.port(), "POST", "/_/oidc/mint-token", Map.of(),
                ("{\"token\":\"" + oidcToken + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    static JsonNode json(RawHttp.Response r) {
        return JsonMapper.builder().build().readTree(r.body());
    }

    static String releaseToken() {
        RawHttp.Response r = mint(issuer.mint(AUDIENCE, Map.of("environment", "release")));
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return json(r).get("token").asString();
    }

    @Test
    void theAudienceEndpointAnnouncesThisIndexsOwnAudience() {
        RawHttp.Response r = RawHttp.send(server.port(), "GET", "/_/oidc/audience", Map.of(), null);
        assertThat(json(r).get("audience").asString()).isEqualTo(AUDIENCE);
    }

    @Test
    void aMatchingTokenIsExchangedForAnUploadTokenThatPublishesAndIsRecordedOnTheFile() {
        RawHttp.Response r = mint(issuer.mint(AUDIENCE, Map.of("environment", "release")));
        assertThat(r.status()).isEqualTo(200);
        JsonNode body = json(r);
        assertThat(body.get("success").asBoolean()).isTrue();
        assertThat(body.get("token").asString()).startsWith("pypi-");
        long expires = body.get("expires").asLong();
        assertThat(expires - clock.instant().getEpochSecond()).isBetween(890L, 910L);
        assertThat(upload(body.get("token").asString(), "myproject", "1.0").status()).isEqualTo(200);
        JsonNode release = json(RawHttp.send(server.port(), "GET", "/pypi/myproject/1.0/json", Map.of(), null));
        JsonNode publisher = release.at("/urls/0/trusted_publisher");
        assertThat(publisher.get("issuer").asString()).isEqualTo("dev");
        assertThat(publisher.at("/claims/repository").asString()).isEqualTo("myorg/myproject");
        assertThat(publisher.at("/claims/environment").asString()).isEqualTo("release");
        assertThat(publisher.at("/claims/run_id").asString()).isNotEmpty();
    }

    @Test
    void theLegacyGithubPathMintsToo() {
        RawHttp.Response r = RawHttp.send(server.port(), "POST", "/_/oidc/github/mint-token", Map.of(),
                ("{\"token\":\"" + issuer.mint(AUDIENCE, Map.of("environment", "release")) + "\"}").getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).isEqualTo(200);
    }

    @Test
    void aTokenCanBeExchangedOnlyOnce() {
        String oidc = issuer.mint(AUDIENCE, Map.of("environment", "release"));
        assertThat(mint(oidc).status()).isEqualTo(200);
        RawHttp.Response again = mint(oidc);
        assertThat(again.status()).isEqualTo(422);
        assertThat(json(again).at("/errors/0/code").asString()).isEqualTo("invalid-reuse-token");
    }

    @Test
    void aWrongEnvironmentIsRefusedAndTheReasonLandsInTheProjectsLog() {
        RawHttp.Response r = mint(issuer.mint(AUDIENCE, Map.of("environment", "staging")));
        assertThat(r.status()).isEqualTo(422);
        assertThat(json(r).get("message").asString()).isEqualTo("Token request failed");
        assertThat(json(r).at("/errors/0/code").asString()).isEqualTo("invalid-publisher");
        RawHttp.Response log = api("GET", "/api/v1/projects/myproject/publishing-attempts", ownerToken, null);
        assertThat(log.status()).isEqualTo(200);
        assertThat(log.text()).contains("environment `staging` does not match the configured `release`");
    }

    @Test
    void aTokenForAnotherAudienceIsRefusedAsInvalid() {
        RawHttp.Response r = mint(issuer.mint("pypi", Map.of("environment", "release")));
        assertThat(json(r).at("/errors/0/code").asString()).isEqualTo("invalid-token");
        assertThat(json(r).at("/errors/0/description").asString()).contains("audience");
    }

    @Test
    void garbageIsAnInvalidPayload() {
        RawHttp.Response r = RawHttp.send(server.port(), "POST", "/_/oidc/mint-token", Map.of(), "not json".getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).isEqualTo(422);
        assertThat(json(r).at("/errors/0/code").asString()).isEqualTo("invalid-payload");
    }

    @Test
    void aMintedTokenCannotUploadToAnotherProjectNorCreateOne() {
        upload(server.tokenFor("bob"), "bobs-project", "1.0");
        String token = releaseToken();
        RawHttp.Response other = upload(token, "bobs-project", "2.0");
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.reason()).isEqualTo("Invalid API Token: project-scoped token is not valid for project: 'bobs-project'");
        RawHttp.Response create = upload(token, "brand-new-thing", "1.0");
        assertThat(create.status()).isEqualTo(400);
        assertThat(create.reason()).startsWith("Non-user identities cannot create new projects.");
    }

    @Test
    void aBurntTokenCanNoLongerUploadAndTheAnswerDoesNotTellWhetherATokenWasLive() {
        String token = releaseToken();
        RawHttp.Response burnt = burn("{\"token\":\"" + token + "\"}");
        assertThat(burnt.status()).isEqualTo(202);
        RawHttp.Response r = upload(token, "myproject", "4.0");
        assertThat(r.status()).isEqualTo(403);
        RawHttp.Response again = burn("{\"token\":\"" + token + "\"}");
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.text()).isEqualTo(burnt.text());
        assertThat(burn("{\"token\":\"pypi-bogus\"}").text()).isEqualTo(burnt.text());
        RawHttp.Response garbage = burn("not json");
        assertThat(garbage.status()).isEqualTo(422);
        assertThat(json(garbage).at("/errors/0/code").asString()).isEqualTo("invalid-payload");
    }

    @Test
    void aForgedTokenWithALiveTokensIdCannotBurnIt() {
        String token = releaseToken();
        // Same identifier and caveats, another signature: the macaroon ends with its 32-byte signature.
        byte[] raw = java.util.Base64.getUrlDecoder().decode(token.substring("pypi-".length()));
        raw[raw.length - 1] ^= 1;
        String forged = "pypi-" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        assertThat(upload(forged, "myproject", "5.0").status()).isEqualTo(403);
        assertThat(burn("{\"token\":\"" + forged + "\"}").status()).isEqualTo(202);
        assertThat(upload(token, "myproject", "5.0").status()).isEqualTo(200);
    }

    static RawHttp.Response burn(String body) {
        return RawHttp.send(server.port(), "POST", "/_/oidc/burn-token", Map.of("Content-Type", "application/json"),
                body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aMintedTokenIsRefusedAfterItExpires() {
        String token = releaseToken();
        clock.advance(Duration.ofMinutes(16));
        try {
            RawHttp.Response r = upload(token, "myproject", "3.0");
            assertThat(r.status()).isEqualTo(403);
            assertThat(r.reason()).isEqualTo("Invalid API Token: token is expired");
        } finally {
            clock.advance(Duration.ofMinutes(-16)); // the OIDC issuer keeps real time
        }
    }

    @Test
    void onlyOwnersMayChangePublishersAndEveryoneElseGetsAClearError() {
        RawHttp.Response stranger = api("POST", "/api/v1/projects/myproject/publishers", server.tokenFor("mallory"),
                "{\"issuer\":\"dev\",\"owner\":\"evil\",\"repository\":\"x\",\"workflow\":\"a.yml\"}");
        assertThat(stranger.status()).isEqualTo(403);
        assertThat(api("GET", "/api/v1/projects/myproject/publishers", "pypi-bogus", null).status()).isEqualTo(401);
        RawHttp.Response invalid = api("POST", "/api/v1/projects/myproject/publishers", ownerToken,
                "{\"issuer\":\"dev\",\"owner\":\"myorg\",\"repository\":\"myproject\",\"workflow\":\"release\"}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.text()).contains("workflow");
        RawHttp.Response unknownIssuer = api("POST", "/api/v1/projects/myproject/publishers", ownerToken,
                "{\"issuer\":\"nowhere\",\"owner\":\"myorg\",\"repository\":\"myproject\",\"workflow\":\"release.yml\"}");
        assertThat(unknownIssuer.status()).isEqualTo(400);
        assertThat(unknownIssuer.text()).contains("dev (github)");
    }

    @Test
    void theTrustedPublishingOnlySwitchShutsOutApiTokens() {
        upload(ownerToken, "tp-only", "1.0");
        api("POST", "/api/v1/projects/tp-only/publishers", ownerToken,
                "{\"issuer\":\"dev\",\"owner\":\"myorg\",\"repository\":\"myproject\",\"workflow\":\"release.yml\",\"environment\":\"release\"}");
        assertThat(api("PUT", "/api/v1/projects/tp-only/settings", ownerToken, "{\"trusted_publishing_only\": true}").status()).isEqualTo(200);
        RawHttp.Response refused = upload(ownerToken, "tp-only", "2.0");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.reason()).contains("accepts uploads only from its trusted publishers");
        assertThat(upload(releaseToken(), "tp-only", "2.0").status()).isEqualTo(200);
    }

    @Test
    void aPendingPublisherCreatesItsProjectOnFirstUseOwnedByItsRegistrant() {
        String carol = server.tokenFor("carol");
        RawHttp.Response pending = api("POST", "/api/v1/pending-publishers", carol,
                "{\"project_name\":\"fresh-project\",\"issuer\":\"dev\",\"owner\":\"carolorg\",\"repository\":\"fresh\",\"workflow\":\"publish.yml\"}");
        assertThat(pending.status()).as(pending.text()).isEqualTo(201);
        String oidc = issuer.mint(AUDIENCE, Map.of("repository", "carolorg/fresh", "repository_owner", "carolorg",
                "job_workflow_ref", "carolorg/fresh/.github/workflows/publish.yml@refs/heads/main",
                "workflow_ref", "carolorg/fresh/.github/workflows/publish.yml@refs/heads/main"));
        RawHttp.Response r = mint(oidc);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(upload(json(r).get("token").asString(), "fresh-project", "1.0").status()).isEqualTo(200);
        assertThat(server.larder().projects().roleOf("fresh-project", server.larder().accounts().byName("carol").orElseThrow().id()))
                .contains(dev.larder.projects.Role.Owner);
        assertThat(api("GET", "/api/v1/pending-publishers", carol, null).text()).isEqualTo("[]");
    }

    @Test
    void aPendingPublisherForATakenNameIsRefused() {
        RawHttp.Response r = api("POST", "/api/v1/pending-publishers", ownerToken,
                "{\"project_name\":\"myproject\",\"issuer\":\"dev\",\"owner\":\"a\",\"repository\":\"b\",\"workflow\":\"c.yml\"}");
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.text()).contains("already exists");
    }

    @Test
    void pep807DiscoveryPointsClientsAtTheExchangeEndpoints() throws Exception {
        String key = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest("/legacy/".getBytes(StandardCharsets.UTF_8)));
        RawHttp.Response r = RawHttp.send(server.port(), "GET", "/.well-known/pytp/" + key,
                Map.of("Accept", "application/vnd.pypi.pytp.v1+json"), null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(json(r).get("mint-token-endpoint").asString()).isEqualTo(server.baseUrl() + "/_/oidc/mint-token");
        assertThat(json(r).get("audience-endpoint").asString()).isEqualTo(server.baseUrl() + "/_/oidc/audience");
        assertThat(RawHttp.send(server.port(), "GET", "/.well-known/pytp/" + "0".repeat(64), Map.of(), null).status()).isEqualTo(404);
        assertThat(RawHttp.send(server.port(), "GET", "/.well-known/pytp/" + key, Map.of("Accept", "text/html"), null).status()).isEqualTo(406);
    }
}
