package dev.larder.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.larder.config.HostPort;
import dev.larder.devissuer.CiShape;
import dev.larder.devissuer.DevClaims;
import dev.larder.devissuer.DevIssuer;
import dev.larder.testing.RawHttp;
import dev.larder.testing.TestDistributions;
import dev.larder.testing.TestServer;
import dev.larder.testing.Uploads;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the browser tests run against: a real Larder (SQLite) whose YAML configuration trusts an
 * in-process development issuer, which hands out tokens of the seed workflow's job: GitHub Actions
 * running {@code release.yml} of {@code myorg/myproject} for tag {@code v1.0.1} in environment
 * {@code release}. Uploads go over HTTP as twine sends them. Register it as
 * {@code @RegisterExtension static final SeedWorkflowIndex index = new SeedWorkflowIndex();}: it
 * starts before the class's tests in a temporary folder, and stops and deletes it after them.
 */
final class SeedWorkflowIndex implements BeforeAllCallback, AfterAllCallback {
    static final String AUDIENCE = "larder-browser";
    /** Named as the built-in GitHub issuer, which it replaces: the form then looks as it does for real GitHub. */
    static final String ISSUER = "github";
    static final String REF = "refs/tags/v1.0.1";
    static final String WORKFLOW_REF = "myorg/myproject/.github/workflows/release.yml@" + REF;
    static final DevClaims RELEASE_JOB = new DevClaims(CiShape.GITHUB, "myorg/myproject", "1000001", "1000002",
            "release.yml", REF, "0123456789abcdef0123456789abcdef01234567", Optional.of("release"), "push", "4242", "myorg");

    private Path dir;
    private DevIssuer issuer;
    private TestServer server;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dir = TestServer.tempDir("larder-browser");
        issuer = DevIssuer.start(new HostPort("127.0.0.1", 0), dir.resolve("issuer-keys"), RELEASE_JOB);
        Path config = dir.resolve("larder.yaml");
        Files.writeString(config, String.join("\n",
                "trusted-publishing:",
                "  audience: " + AUDIENCE,
                "  issuers:",
                "    - name: " + ISSUER,
                "      type: github",
                "      url: " + issuer.url(),
                ""));
        server = TestServer.start(dir.resolve("data"), Map.of(), config);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (server != null) {
            server.close();
        }
        if (issuer != null) {
            issuer.close();
        }
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    TestServer server() {
        return server;
    }

    /** {@code http://127.0.0.1:PORT} followed by {@code path}. */
    String url(String path) {
        return server.baseUrl() + path;
    }

    /** A token of the release job, with some claims changed (e.g. another environment). */
    String oidcToken(Map<String, Object> overrides) {
        return issuer.mint(AUDIENCE, overrides);
    }

    /** {@code POST /_/oidc/mint-token} as a publishing client sends it. */
    RawHttp.Response exchange(String oidcToken) {
        return RawHttp.send(server.port(), "POST", "/_/oidc/mint-token", Map.of("Content-Type", "application/json"),
                ("{\"token\":\"" + oidcToken + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    /** The upload token minted for {@code oidcToken}, failing the test with the server's answer otherwise. */
    String mintedToken(String oidcToken) {
        RawHttp.Response r = exchange(oidcToken);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(r.body()).get("token").asString();
    }

    /** Uploads a small wheel of {@code project} {@code version} with an API token, as twine would. */
    RawHttp.Response uploadWheel(String token, String project, String version, String description) {
        String dist = project.replace('-', '_');
        byte[] wheel = TestDistributions.wheel(dist, project, version, version);
        return Uploads.post(server, Uploads.tokenAuth(token),
                Uploads.wheelForm(project, version, wheelName(project, version), wheel)
                        .field("description", description)
                        .field("description_content_type", "text/markdown")
                        .build());
    }

    static String wheelName(String project, String version) {
        return project.replace('-', '_') + "-" + version + "-py3-none-any.whl";
    }
}
