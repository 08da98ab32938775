package dev.larder.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.larder.e2e.TrustedPublishingIndex.GitHubJob;
import dev.larder.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The steps of gh-action-pypi-publish, each with a real component: the index's audience, the
 * {@code id} library fetching the GitHub Actions job's token ({@code python -m id AUDIENCE}),
 * the exchange at {@code /_/oidc/mint-token}, and {@code twine upload} with the minted token,
 * which is good for its publisher's projects only and only for 15 minutes.
 */
@Tag("e2e")
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class IdAndTwineTrustedPublishingTest {
    private static final Path EXCHANGE = Path.of("src/test/python/oidc_exchange.py").toAbsolutePath();
    private static final GitHubJob JOB = GitHubJob.of("myorg/id-widget", "release.yml");

    @TempDir
    static Path tmp;

    static PythonTools py;
    /** Real time plus whatever a test adds; the issuer keeps real time. */
    static MutableClock clock = MutableClock.ticking();
    static TrustedPublishingIndex larder;
    static String owner;

    @BeforeAll
    static void start() {
        py = PythonTools.require().requireModules("id");
        larder = TrustedPublishingIndex.start(py, tmp, clock);
        owner = larder.tokenFor("alice");
        larder.createProject(owner, "id-widget");
        larder.addPublisher(owner, "id-widget", """
                {"issuer": "ci-github", "owner": "myorg", "repository": "id-widget", "workflow": "release.yml"}""");
    }

    @AfterAll
    static void stop() {
        if (larder != null) {
            larder.close();
        }
    }

    /** The audience, then the job's OIDC token from the id library, then the exchange: the minted token. */
    static String mintedToken() {
        var audience = py.run(larder.tls(), py.python().toString(), EXCHANGE.toString(), "audience", larder.uploadUrl());
        assertThat(audience.succeeded()).as(audience.describe()).isTrue();
        assertThat(audience.stdout().strip()).isEqualTo(TrustedPublishingIndex.AUDIENCE);

        var oidc = py.run(larder.githubJob(JOB), py.python().toString(), "-m", "id", audience.stdout().strip());
        assertThat(oidc.succeeded()).as(oidc.describe()).isTrue();
        String jwt = oidc.stdout().strip();
        assertThat(jwt.split("\\.")).hasSize(3);

        Map<String, String> env = new HashMap<>(larder.tls());
        env.put("OIDC_TOKEN", jwt);
        var minted = py.run(env, py.python().toString(), EXCHANGE.toString(), "mint", larder.uploadUrl());
        assertThat(minted.succeeded()).as(minted.describe()).isTrue();
        assertThat(minted.stdout().strip()).startsWith("pypi-");
        return minted.stdout().strip();
    }

    static PythonTools.Result twineUpload(String token, Path dists) {
        return Clients.twineUpload(py, py.twine(), larder.uploadUrl(), token, larder.tls(), List.of(),
                TrustedPublishingIndex.files(dists));
    }

    @Test
    void the_token_the_id_library_gets_is_exchanged_for_an_upload_token_that_twine_publishes_with() {
        Path dists = larder.distributions("id-widget", "1.0");

        var upload = twineUpload(mintedToken(), dists);

        assertThat(upload.succeeded()).as(upload.describe()).isTrue();
        TwineUploadTest.assertListedWithTheirBytes(larder.index(), "id-widget", TrustedPublishingIndex.files(dists));
        JsonNode publisher = larder.release("id-widget", "1.0").at("/urls/0/trusted_publisher");
        assertThat(publisher.get("issuer").asString()).isEqualTo("ci-github");
        assertThat(publisher.at("/claims/repository").asString()).isEqualTo("myorg/id-widget");
        assertThat(publisher.at("/claims/job_workflow_ref").asString())
                .isEqualTo("myorg/id-widget/.github/workflows/release.yml@refs/heads/main");
    }

    @Test
    void the_minted_token_is_refused_for_a_project_its_publisher_is_not_registered_on_and_twine_shows_why() {
        larder.createProject(larder.tokenFor("bob"), "bobs-widget");

        var upload = twineUpload(mintedToken(), larder.distributions("bobs-widget", "1.0"));

        assertThat(upload.exitCode()).as(upload.describe()).isNotZero();
        assertThat(upload.output()).contains("403")
                .contains("Invalid API Token: project-scoped token is not valid for project: 'bobs-widget'");
        assertThat(larder.index().files("bobs-widget")).extracting(f -> f.get("filename").asString())
                .noneMatch(name -> name.contains("-1.0"));
    }

    @Test
    void the_minted_token_is_refused_once_its_fifteen_minutes_are_over() {
        String token = mintedToken();
        clock.advance(Duration.ofMinutes(15).plusSeconds(5));
        try {
            var upload = twineUpload(token, larder.distributions("id-widget", "2.0"));

            assertThat(upload.exitCode()).as(upload.describe()).isNotZero();
            assertThat(upload.output()).contains("403").contains("Invalid API Token: token is expired");
        } finally {
            clock.advance(Duration.ofMinutes(15).plusSeconds(5).negated());
        }
        assertThat(larder.index().files("id-widget")).extracting(f -> f.get("filename").asString())
                .noneMatch(name -> name.contains("-2.0"));
    }
}
