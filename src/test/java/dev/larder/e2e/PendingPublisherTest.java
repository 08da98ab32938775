package dev.larder.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.larder.e2e.TrustedPublishingIndex.GitHubJob;
import dev.larder.projects.Role;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pending publishers: a user registers a CI workflow for a project that does not exist yet, and
 * the first {@code uv publish} from that workflow creates the project, owned by that user.
 */
@Tag("e2e")
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PendingPublisherTest {
    @TempDir
    static Path tmp;

    static TrustedPublishingIndex larder;

    @BeforeAll
    static void start() {
        larder = TrustedPublishingIndex.start(PythonTools.require(), tmp, Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        if (larder != null) {
            larder.close();
        }
    }

    @Test
    void the_first_uv_publish_from_a_pending_publishers_workflow_creates_the_project_owned_by_the_user_who_registered_it() {
        String carol = larder.tokenFor("carol");
        var pending = larder.api("POST", "/api/v1/pending-publishers", carol, """
                {"project_name": "fresh-widget", "issuer": "ci-github", "owner": "carolorg", "repository": "fresh-widget",
                 "workflow": "publish.yml"}""");
        assertThat(pending.status()).as(pending.toString()).isEqualTo(201);
        Path dists = larder.distributions("fresh-widget", "1.0");

        var result = larder.uvTrustedPublish(larder.githubJob(GitHubJob.of("carolorg/fresh-widget", "publish.yml")), dists);

        assertThat(result.succeeded()).as(result.describe()).isTrue();
        TwineUploadTest.assertListedWithTheirBytes(larder.index(), "fresh-widget", TrustedPublishingIndex.files(dists));
        long carolId = larder.server().larder().accounts().byName("carol").orElseThrow().id();
        assertThat(larder.server().larder().projects().roleOf("fresh-widget", carolId)).contains(Role.Owner);
        var ownersOnly = larder.api("PUT", "/api/v1/projects/fresh-widget/settings", carol, "{\"trusted_publishing_only\": true}");
        assertThat(ownersOnly.status()).as(ownersOnly.toString()).isEqualTo(200);
        var publishers = larder.api("GET", "/api/v1/projects/fresh-widget/publishers", carol, null);
        assertThat(publishers.json()).hasSize(1);
        assertThat(publishers.json().get(0).get("description").asString())
                .isEqualTo("GitHub carolorg/fresh-widget, workflow publish.yml, any environment");
        assertThat(larder.api("GET", "/api/v1/pending-publishers", carol, null).json()).isEmpty();
    }

    @Test
    void a_pending_publisher_whose_project_name_was_taken_meanwhile_cannot_publish_and_uv_says_why() {
        String erin = larder.tokenFor("erin");
        var pending = larder.api("POST", "/api/v1/pending-publishers", erin, """
                {"project_name": "raced-widget", "issuer": "ci-github", "owner": "erinorg", "repository": "raced-widget",
                 "workflow": "publish.yml"}""");
        assertThat(pending.status()).as(pending.toString()).isEqualTo(201);
        larder.createProject(larder.tokenFor("frank"), "raced-widget");

        var result = larder.uvTrustedPublish(larder.githubJob(GitHubJob.of("erinorg/raced-widget", "publish.yml")),
                larder.distributions("raced-widget", "1.0"));

        assertThat(result.exitCode()).as(result.describe()).isNotZero();
        assertThat(result.output()).contains("invalid-pending-publisher").contains("'raced-widget' already exists");
        long erinId = larder.server().larder().accounts().byName("erin").orElseThrow().id();
        assertThat(larder.server().larder().projects().roleOf("raced-widget", erinId)).isEmpty();
    }
}
