package dev.larder.trust.publishers;

import dev.larder.trust.oidc.IssuerType;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ForgejoPublisherMatchTest {
    static final TokenIssuer FORGEJO = new TokenIssuer(IssuerType.FORGEJO, "codeberg", "https://codeberg.example/api/actions");
    static final ForgejoPublisher RELEASE = new ForgejoPublisher("owner", "repo", "release.yml", "", "");

    final PublisherMatcher matcher = new PublisherMatcher();

    MatchResult.Match match(PublisherSpec spec, Claims claims) {
        MatchResult result = matcher.check(spec, FORGEJO, claims.map());
        assertThat(result).isInstanceOf(MatchResult.Match.class);
        return (MatchResult.Match) result;
    }

    List<String> reasons(PublisherSpec spec, Claims claims) {
        MatchResult result = matcher.check(spec, FORGEJO, claims.map());
        assertThat(result).isInstanceOf(MatchResult.Mismatch.class);
        return ((MatchResult.Mismatch) result).reasons();
    }

    @Test
    void aRunOfTheConfiguredWorkflowMatchesAndPinsTheIdsRecentForgejoSends() {
        MatchResult.Match m = match(RELEASE, Claims.forgejo());
        assertThat(m.idsToPin()).containsExactly(Map.entry("repository_id", "31"), Map.entry("repository_owner_id", "5"));
        assertThat(m.pinnedSpec()).isEqualTo(RELEASE.withPinnedIds("5", "31"));
    }

    @ParameterizedTest
    @ValueSource(strings = {".forgejo/workflows", ".gitea/workflows", ".github/workflows"})
    void theWorkflowMayLiveInAnyDirectoryForgejoReads(String directory) {
        match(RELEASE, Claims.forgejo().with("workflow_ref", "owner/repo/" + directory + "/release.yml@refs/tags/v1.2.0"));
    }

    @Test
    void olderForgejoWithoutIdsStillMatchesButPinsNothing() {
        MatchResult.Match m = match(RELEASE, Claims.forgejo().without("repository_id").without("repository_owner_id"));
        assertThat(m.idsToPin()).isEmpty();
        assertThat(match(RELEASE, Claims.forgejo().with("repository_id", "").with("repository_owner_id", "")).idsToPin()).isEmpty();
    }

    @Test
    void oncePinnedTheIdsAreRequiredAndMustBeEqual() {
        ForgejoPublisher pinned = RELEASE.withPinnedIds("5", "31");
        assertThat(reasons(pinned, Claims.forgejo().without("repository_id"))).containsExactly(
                "the token has no `repository_id` claim, but this publisher has pinned the repository id `31`");
        assertThat(reasons(pinned, Claims.forgejo().with("repository_owner_id", "6"))).containsExactly(
                "repository owner id `6` differs from the id `5` pinned when this publisher was first used"
                        + " (was the account deleted and re-created?)");
    }

    @Test
    void ownerAndRepositoryIgnoreCaseButTheWorkflowFileDoesNot() {
        match(new ForgejoPublisher("Owner", "Repo", "release.yml", "", ""), Claims.forgejo());
        assertThat(reasons(new ForgejoPublisher("owner", "repo", "Release.yml", "", ""), Claims.forgejo())).containsExactly(
                "workflow `release.yml` (from workflow_ref `owner/repo/.forgejo/workflows/release.yml@refs/tags/v1.2.0`)"
                        + " does not match the configured `Release.yml` (workflow file names are case-sensitive)");
    }

    @Test
    void anotherRepositoryIsRefused() {
        Claims other = Claims.forgejo().with("repository", "evil/repo").with("repository_owner", "evil")
                .with("workflow_ref", "evil/repo/.forgejo/workflows/release.yml@refs/tags/v1.2.0");
        assertThat(reasons(RELEASE, other)).containsExactly("repository `evil/repo` does not match the configured `owner/repo`");
    }

    @Test
    void aTokenWithNoWorkflowClaimCannotBeMatchedToAWorkflow() {
        assertThat(reasons(RELEASE, Claims.forgejo().without("workflow_ref"))).containsExactly(
                "the token has neither a `workflow_ref` nor a `job_workflow_ref` claim, so its workflow file cannot be checked");
        assertThat(reasons(RELEASE, Claims.forgejo().with("workflow_ref", ""))).containsExactly(
                "the token's `workflow_ref` claim is empty, so its workflow file cannot be checked");
    }

    @Test
    void aJobWorkflowRefIfAnIssuerSendsOneMustNameTheConfiguredWorkflowToo() {
        match(RELEASE, Claims.forgejo().without("workflow_ref")
                .with("job_workflow_ref", "owner/repo/.forgejo/workflows/release.yml@refs/tags/v1.2.0"));
        assertThat(reasons(RELEASE, Claims.forgejo()
                .with("job_workflow_ref", "owner/repo/.forgejo/workflows/publish.yml@refs/tags/v1.2.0"))).containsExactly(
                "workflow `publish.yml` (from job_workflow_ref `owner/repo/.forgejo/workflows/publish.yml@refs/tags/v1.2.0`)"
                        + " does not match the configured `release.yml`");
    }

    @Test
    void pullRequestTargetIsRefusedOnForgejoToo() {
        assertThat(reasons(RELEASE, Claims.forgejo().with("event_name", "pull_request_target")))
                .containsExactly("event `pull_request_target` is never allowed to publish");
    }

    @Test
    void aRequiredEnvironmentCannotBeMetByCurrentForgejoAndTheReasonSaysWhatToDo() {
        ForgejoPublisher withEnvironment = new ForgejoPublisher("owner", "repo", "release.yml", "release", "");
        assertThat(reasons(withEnvironment, Claims.forgejo())).containsExactly(
                "the token has no `environment` claim but this publisher requires environment `release`"
                        + " (Forgejo Actions tokens do not carry the job's environment; remove the environment from this publisher)");
        match(withEnvironment, Claims.forgejo().with("environment", "Release"));
    }

    @Test
    void aTagOnlyRefPatternRefusesBranches() {
        ForgejoPublisher tags = new ForgejoPublisher("owner", "repo", "release.yml", "", "refs/tags/v*");
        match(tags, Claims.forgejo());
        Claims branch = Claims.forgejo().with("ref", "refs/heads/main")
                .with("workflow_ref", "owner/repo/.forgejo/workflows/release.yml@refs/heads/main");
        assertThat(reasons(tags, branch)).containsExactly("ref `refs/heads/main` does not match the allowed pattern `refs/tags/v*`");
    }

    @Test
    void forgejoTokensNeedNoJti() {
        assertThat(Claims.forgejo().map()).doesNotContainKey("jti");
    }

    @ParameterizedTest
    @ValueSource(strings = {"repository", "repository_owner", "event_name", "ref", "sha"})
    void aMissingRequiredClaimIsNamed(String claim) {
        assertThat(reasons(RELEASE, Claims.forgejo().without(claim))).contains("the token has no `" + claim + "` claim");
    }
}
