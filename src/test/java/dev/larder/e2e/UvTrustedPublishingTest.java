package dev.larder.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.larder.e2e.TrustedPublishingIndex.GitHubJob;
import dev.larder.e2e.TrustedPublishingIndex.GitLabJob;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code uv publish --trusted-publishing always} against Larder, as in a GitHub Actions job
 * (token fetched through the runner's token-request protocol) and in a GitLab CI job (token in
 * an {@code id_tokens:} variable), and what uv shows when the exchange is refused.
 */
@Tag("e2e")
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class UvTrustedPublishingTest {
    @TempDir
    static Path tmp;

    static TrustedPublishingIndex larder;
    static String owner;

    @BeforeAll
    static void start() {
        PythonTools py = PythonTools.require();
        larder = TrustedPublishingIndex.start(py, tmp, Clock.systemUTC());
        owner = larder.tokenFor("alice");
    }

    @AfterAll
    static void stop() {
        if (larder != null) {
            larder.close();
        }
    }

    @Test
    void uv_in_a_github_actions_job_publishes_and_the_files_name_the_workflow_run_that_published_them() {
        larder.createProject(owner, "gh-widget");
        larder.addPublisher(owner, "gh-widget", """
                {"issuer": "ci-github", "owner": "myorg", "repository": "gh-widget", "workflow": "release.yml",
                 "environment": "release"}""");
        Path dists = larder.distributions("gh-widget", "1.0");

        var result = larder.uvTrustedPublish(larder.githubJob(GitHubJob.of("myorg/gh-widget", "release.yml")
                .inEnvironment("release")), dists);

        assertThat(result.succeeded()).as(result.describe()).isTrue();
        assertThat(result.output()).doesNotContain("Failed to invalidate trusted publishing token");
        TwineUploadTest.assertListedWithTheirBytes(larder.index(), "gh-widget", TrustedPublishingIndex.files(dists));
        JsonNode release = larder.release("gh-widget", "1.0");
        assertThat(release.get("urls")).hasSize(2).allSatisfy(file -> {
            JsonNode publisher = file.get("trusted_publisher");
            assertThat(publisher.get("issuer").asString()).isEqualTo("ci-github");
            assertThat(publisher.at("/claims/repository").asString()).isEqualTo("myorg/gh-widget");
            assertThat(publisher.at("/claims/workflow_ref").asString())
                    .isEqualTo("myorg/gh-widget/.github/workflows/release.yml@refs/heads/main");
            assertThat(publisher.at("/claims/ref").asString()).isEqualTo("refs/heads/main");
            assertThat(publisher.at("/claims/environment").asString()).isEqualTo("release");
        });
    }

    @Test
    void uv_burns_its_upload_token_once_it_has_published_so_the_token_is_useless_if_it_leaked() {
        larder.createProject(owner, "burn-widget");
        larder.addPublisher(owner, "burn-widget", """
                {"issuer": "ci-github", "owner": "myorg", "repository": "burn-widget", "workflow": "release.yml"}""");

        var result = larder.uvTrustedPublish(larder.githubJob(GitHubJob.of("myorg/burn-widget", "release.yml")),
                larder.distributions("burn-widget", "1.0"));

        assertThat(result.succeeded()).as(result.describe()).isTrue();
        assertThat(result.output()).doesNotContain("Failed to invalidate trusted publishing token");
        // In a GitHub Actions job uv asks the runner to mask the minted token in the log, which names it.
        Matcher mask = Pattern.compile("::add-mask::(pypi-\\S+)").matcher(result.stdout());
        assertThat(mask.find()).as(result.describe()).isTrue();
        var reuse = Clients.uvPublish(larder.py(), larder.uploadUrl(), mask.group(1), larder.tls(), List.of(),
                TrustedPublishingIndex.files(larder.distributions("burn-widget", "2.0")));
        assertThat(reuse.exitCode()).as(reuse.describe()).isNotZero();
        assertThat(reuse.output()).contains("403");
        assertThat(larder.index().files("burn-widget")).extracting(f -> f.get("filename").asString())
                .noneMatch(name -> name.contains("-2.0"));
    }

    @Test
    void uv_in_a_gitlab_ci_job_reads_the_token_from_the_audiences_id_token_variable_and_publishes() {
        larder.createProject(owner, "gl-widget");
        larder.addPublisher(owner, "gl-widget", """
                {"issuer": "ci-gitlab", "namespace": "mygroup", "project": "gl-widget", "ci_file_path": ".gitlab-ci.yml"}""");
        Path dists = larder.distributions("gl-widget", "1.0");

        var result = larder.uvTrustedPublish(larder.gitlabJob(new GitLabJob("mygroup/gl-widget", ".gitlab-ci.yml")), dists);

        assertThat(result.succeeded()).as(result.describe()).isTrue();
        TwineUploadTest.assertListedWithTheirBytes(larder.index(), "gl-widget", TrustedPublishingIndex.files(dists));
        JsonNode publisher = larder.release("gl-widget", "1.0").at("/urls/0/trusted_publisher");
        assertThat(publisher.get("issuer").asString()).isEqualTo("ci-gitlab");
        assertThat(publisher.at("/claims/project_path").asString()).isEqualTo("mygroup/gl-widget");
        assertThat(publisher.at("/claims/ci_config_ref_uri").asString()).endsWith("/mygroup/gl-widget//.gitlab-ci.yml@refs/heads/main");
        assertThat(publisher.at("/claims/ref_path").asString()).isEqualTo("refs/heads/main");
    }

    @Test
    void a_job_in_the_wrong_environment_makes_uv_fail_with_the_reason_and_the_attempt_is_in_the_projects_log() {
        larder.createProject(owner, "strict-widget");
        larder.addPublisher(owner, "strict-widget", """
                {"issuer": "ci-github", "owner": "myorg", "repository": "strict-widget", "workflow": "release.yml",
                 "environment": "release"}""");

        var result = larder.uvTrustedPublish(larder.githubJob(GitHubJob.of("myorg/strict-widget", "release.yml")
                .inEnvironment("staging")), larder.distributions("strict-widget", "1.0"));

        assertThat(result.exitCode()).as(result.describe()).isNotZero();
        assertThat(result.output())
                .contains("Failed to obtain token for trusted publishing")
                .contains("422")
                .contains("invalid-publisher")
                .contains("No trusted publisher matches this GitHub token")
                .contains("environment `staging`");
        assertThat(larder.index().files("strict-widget")).extracting(f -> f.get("filename").asString())
                .noneMatch(name -> name.contains("1.0"));
        var log = larder.api("GET", "/api/v1/projects/strict-widget/publishing-attempts", owner, null);
        assertThat(log.status()).as(log.toString()).isEqualTo(200);
        JsonNode latest = log.json().get(0);
        assertThat(latest.get("accepted").asBoolean()).isFalse();
        assertThat(latest.get("issuer").asString()).isEqualTo("ci-github");
        assertThat(latest.get("reason").asString()).contains("environment `staging` does not match the configured `release`");
        assertThat(latest.at("/claims/environment").asString()).isEqualTo("staging");
    }
}
