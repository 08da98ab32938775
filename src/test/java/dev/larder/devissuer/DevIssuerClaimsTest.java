package dev.larder.devissuer;

import static dev.larder.devissuer.DevIssuerFixture.ANY_LOOPBACK_PORT;
import static dev.larder.devissuer.DevIssuerFixture.AUDIENCE;
import static dev.larder.devissuer.DevIssuerFixture.headerOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.larder.config.ConfigException;
import dev.larder.config.HostPort;
import dev.larder.trust.oidc.IssuerType;
import dev.larder.trust.oidc.VerifiedToken;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The development issuer's tokens in both CI shapes, checked with Larder's own verifier. */
class DevIssuerClaimsTest {
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

    @Test
    void aTokenFromTheTokenEndpointVerifiesWithLardersVerifierAsAGithubIssuer() throws Exception {
        start(DevClaims.github());

        VerifiedToken token = f.verifyAs(IssuerType.GITHUB, f.requestToken(AUDIENCE));

        Map<String, Object> claims = token.claims();
        assertThat(claims).containsEntry("iss", f.issuer.url()).containsEntry("aud", AUDIENCE)
                .containsEntry("sub", "repo:myorg/myproject:ref:refs/heads/main")
                .containsEntry("repository", "myorg/myproject").containsEntry("repository_owner", "myorg")
                .containsEntry("repository_owner_id", "1000001").containsEntry("repository_id", "1000002")
                .containsEntry("job_workflow_ref", "myorg/myproject/.github/workflows/release.yml@refs/heads/main")
                .containsEntry("workflow_ref", "myorg/myproject/.github/workflows/release.yml@refs/heads/main")
                .containsEntry("ref", "refs/heads/main").containsEntry("ref_type", "branch")
                .containsEntry("event_name", "push").containsEntry("run_id", "1").containsEntry("actor", "myorg")
                .doesNotContainKey("environment");
        assertThat((String) claims.get("sha")).matches("[0-9a-f]{40}");
        long iat = (Long) claims.get("iat");
        assertThat(claims).containsEntry("nbf", iat - 5).containsEntry("exp", iat + 300);
        assertThat(token.jti()).get().asString().matches("[0-9a-f-]{36}");
        assertThat(f.issuer.url()).matches("http://127\\.0\\.0\\.1:\\d+");
    }

    @Test
    void aJobWithAnEnvironmentNamesItInSubAsGithubDoes() throws Exception {
        start(DevClaims.github().withRepository("octo/demo").withEnvironment("pypi"));

        VerifiedToken token = f.verifyAs(IssuerType.GITHUB, f.issuer.mint(AUDIENCE));

        assertThat(token.claims()).containsEntry("sub", "repo:octo/demo:environment:pypi").containsEntry("environment", "pypi")
                .containsEntry("repository_owner", "octo")
                .containsEntry("job_workflow_ref", "octo/demo/.github/workflows/release.yml@refs/heads/main");
    }

    @Test
    void inProcessMintingAppliesOverridesAndNullRemovesAClaim() throws Exception {
        start(DevClaims.github());
        Map<String, Object> overrides = new HashMap<>();
        overrides.put("event_name", "pull_request_target");
        overrides.put("sha", null);

        VerifiedToken token = f.verifyAs(IssuerType.GITHUB, f.issuer.mint(AUDIENCE, overrides));

        assertThat(token.claims()).containsEntry("event_name", "pull_request_target").doesNotContainKey("sha");
    }

    @Test
    void gitlabShapedTokensCarryGitlabsClaimsAndVerifyAsAGitlabIssuer() throws Exception {
        start(DevClaims.gitlab().withEnvironment("production"));

        VerifiedToken token = f.verifyAs(IssuerType.GITLAB, f.issuer.mint(AUDIENCE));

        String hostPort = f.issuer.url().substring("http://".length());
        assertThat(token.claims()).containsEntry("sub", "project_path:myorg/myproject:ref_type:branch:ref:main")
                .containsEntry("namespace_path", "myorg").containsEntry("project_path", "myorg/myproject")
                .containsEntry("namespace_id", "1000001").containsEntry("project_id", "1000002")
                .containsEntry("ci_config_ref_uri", hostPort + "/myorg/myproject//.gitlab-ci.yml@refs/heads/main")
                .containsEntry("ref_path", "refs/heads/main").containsEntry("ref", "main")
                .containsEntry("environment", "production").containsEntry("pipeline_id", "1")
                .doesNotContainKeys("repository", "job_workflow_ref");
        assertThat(token.string("sha")).isPresent();
        assertThat(token.jti()).isPresent();
    }

    @Test
    void aTokenCanBeMintedForARunningIssuerWithoutAskingIt() throws Exception {
        start(DevClaims.gitlab());
        HostPort address = HostPort.parse(f.issuer.url().substring("http://".length()));

        String jwt = DevIssuer.mintWithoutServing(address, keys, DevClaims.gitlab(), AUDIENCE);

        assertThat(f.verifyAs(IssuerType.GITLAB, jwt).claims()).containsEntry("iss", f.issuer.url());
        assertThatThrownBy(() -> DevIssuer.mintWithoutServing(ANY_LOOPBACK_PORT, keys, DevClaims.gitlab(), AUDIENCE))
                .hasMessageContaining("give the port");
    }

    @Test
    void theSigningKeyIsKeptInTheKeysDirectoryAndReusedOnRestart() throws Exception {
        start(DevClaims.github());
        String kid = headerOf(f.issuer.mint(AUDIENCE)).get("kid").stringValue();
        f.close();

        start(DevClaims.github());

        assertThat(headerOf(f.issuer.mint(AUDIENCE)).get("kid").stringValue()).isEqualTo(kid);
        Path file = keys.resolve("dev-issuer-key.json");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var files = Files.list(keys)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aKeysFileThatIsNotAPrivateRsaKeyIsRefused() throws Exception {
        Files.writeString(keys.resolve("dev-issuer-key.json"), "{\"kty\": \"oct\", \"k\": \"c2VjcmV0\"}");

        assertThatThrownBy(() -> DevIssuer.start(ANY_LOOPBACK_PORT, keys, DevClaims.github()))
                .hasMessageContaining("does not hold a private RSA key");
    }

    @Test
    void theIssuerListensOnLoopbackOnly() {
        assertThatThrownBy(() -> DevIssuer.start(new HostPort("0.0.0.0", 0), keys, DevClaims.github()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'http://0.0.0.0:0'");
    }
}
