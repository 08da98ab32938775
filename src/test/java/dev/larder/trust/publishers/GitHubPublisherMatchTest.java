package dev.larder.trust.publishers;

import dev.larder.trust.oidc.IssuerType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GitHubPublisherMatchTest {
    static final TokenIssuer GITHUB = new TokenIssuer(IssuerType.GITHUB, "github", "https://token.actions.githubusercontent.com");
    static final GitHubPublisher RELEASE = new GitHubPublisher("myorg", "myproject", "release.yml", "release");
    static final GitHubPublisher PINNED = RELEASE.withPinnedIds("123", "456");

    final PublisherMatcher matcher = new PublisherMatcher();

    MatchResult.Match match(PublisherSpec spec, Claims claims) {
        MatchResult result = matcher.check(spec, GITHUB, claims.map());
        assertThat(result).isInstanceOf(MatchResult.Match.class);
        return (MatchResult.Match) result;
    }

    List<String> reasons(PublisherSpec spec, Claims claims) {
        MatchResult result = matcher.check(spec, GITHUB, claims.map());
        assertThat(result).isInstanceOf(MatchResult.Mismatch.class);
        return ((MatchResult.Mismatch) result).reasons();
    }

    static GitHubPublisher withRefPattern(String pattern) {
        return new GitHubPublisher("myorg", "myproject", "release.yml", "release", pattern, "", "123", "456");
    }

    static GitHubPublisher withReusable(String reusable) {
        return new GitHubPublisher("myorg", "myproject", "release.yml", "", "", reusable, "123", "456");
    }

    @Test
    void aTokenFromTheConfiguredWorkflowMatchesAndPinsBothIdsOnFirstUse() {
        MatchResult.Match m = match(RELEASE, Claims.github());
        assertThat(m.idsToPin()).containsExactly(Map.entry("repository_id", "456"), Map.entry("repository_owner_id", "123"));
        assertThat(m.pinnedSpec()).isEqualTo(PINNED);
        assertThat(m.notices()).isEmpty();
    }

    @Test
    void aPublisherWhoseIdsArePinnedMatchesWithoutPinningAgain() {
        MatchResult.Match m = match(PINNED, Claims.github());
        assertThat(m.idsToPin()).isEmpty();
        assertThat(m.pinnedSpec()).isSameAs(PINNED);
    }

    @Test
    void anOwnerIdOtherThanThePinnedOneIsRefusedAsAPossiblyRecreatedAccount() {
        assertThat(reasons(PINNED, Claims.github().with("repository_owner_id", "999"))).containsExactly(
                "repository owner id `999` differs from the id `123` pinned when this publisher was first used"
                        + " (was the account deleted and re-created?)");
    }

    @Test
    void aRepositoryIdOtherThanThePinnedOneIsRefusedAsAPossiblyRecreatedRepository() {
        assertThat(reasons(PINNED, Claims.github().with("repository_id", "457"))).containsExactly(
                "repository id `457` differs from the id `456` pinned when this publisher was first used"
                        + " (was the repository deleted and re-created?)");
    }

    @Test
    void ownerAndRepositoryAreComparedIgnoringCaseBecauseGitHubDoes() {
        GitHubPublisher typedDifferently = new GitHubPublisher("MyOrg", "MyProject", "release.yml", "release");
        assertThat(match(typedDifferently, Claims.github()).pinnedSpec())
                .isEqualTo(typedDifferently.withPinnedIds("123", "456"));
        match(RELEASE, Claims.github().with("repository", "MyOrg/MyProject").with("repository_owner", "MyOrg")
                .with("job_workflow_ref", "MyOrg/MyProject/.github/workflows/release.yml@refs/tags/v1.2.0")
                .with("workflow_ref", "MyOrg/MyProject/.github/workflows/release.yml@refs/tags/v1.2.0"));
    }

    @Test
    void caseFoldingIsAsciiOnlySoLookAlikeCharactersDoNotMatch() {
        // U+212A KELVIN SIGN lowercases to "k" in Java's equalsIgnoreCase
        GitHubPublisher kelvin = new GitHubPublisher("\u212Aorg", "myproject", "release.yml", "");
        assertThat(reasons(kelvin, Claims.github().with("repository", "korg/myproject").with("repository_owner", "korg")))
                .contains("repository `korg/myproject` does not match the configured `\u212Aorg/myproject`");
    }

    @Test
    void theWorkflowFileNameIsCaseSensitiveBecauseGitPathsAre() {
        GitHubPublisher capital = new GitHubPublisher("myorg", "myproject", "Release.yml", "release");
        assertThat(reasons(capital, Claims.github())).containsExactly(
                "workflow `release.yml` (from job_workflow_ref `myorg/myproject/.github/workflows/release.yml@refs/tags/v1.2.0`)"
                        + " does not match the configured `Release.yml` (workflow file names are case-sensitive)");
    }

    @Test
    void aDifferentWorkflowIsReportedWithTheJobWorkflowRefItWasReadFrom() {
        Claims build = Claims.github().with("ref", "refs/heads/main").without("environment")
                .with("job_workflow_ref", "o/r/.github/workflows/build.yml@refs/heads/main")
                .with("workflow_ref", "o/r/.github/workflows/build.yml@refs/heads/main")
                .with("repository", "o/r").with("repository_owner", "o");
        GitHubPublisher spec = new GitHubPublisher("o", "r", "release.yml", "");
        assertThat(reasons(spec, build)).containsExactly(
                "workflow `build.yml` (from job_workflow_ref `o/r/.github/workflows/build.yml@refs/heads/main`)"
                        + " does not match the configured `release.yml`");
    }

    @Test
    void aDifferentRepositoryIsReportedOnceNotOncePerClaimThatContainsIt() {
        Claims other = Claims.github().with("repository", "evil/myproject").with("repository_owner", "evil")
                .with("job_workflow_ref", "evil/myproject/.github/workflows/release.yml@refs/tags/v1.2.0")
                .with("workflow_ref", "evil/myproject/.github/workflows/release.yml@refs/tags/v1.2.0");
        assertThat(reasons(RELEASE, other)).containsExactly("repository `evil/myproject` does not match the configured `myorg/myproject`");
    }

    @Test
    void aRepositoryClaimWithoutASlashIsAReasonNotAnError() {
        assertThat(reasons(RELEASE, Claims.github().with("repository", "myproject")))
                .contains("the token's `repository` claim `myproject` is not of the form owner/name");
    }

    @Test
    void aRepositoryOwnerThatDisagreesWithTheRepositoryIsRefused() {
        assertThat(reasons(RELEASE, Claims.github().with("repository_owner", "someone")))
                .containsExactly("repository owner `someone` does not match the configured `myorg`");
    }

    @Test
    void pullRequestTargetIsNeverAllowedToPublish() {
        assertThat(reasons(RELEASE, Claims.github().with("event_name", "pull_request_target")))
                .containsExactly("event `pull_request_target` is never allowed to publish");
    }

    @ParameterizedTest
    @ValueSource(strings = {"push", "release", "workflow_dispatch", "schedule", "workflow_run", "deployment"})
    void otherEventsMayPublish(String event) {
        match(RELEASE, Claims.github().with("event_name", event));
    }

    @Test
    void theEnvironmentIsComparedIgnoringCaseAsGitHubDoes() {
        match(RELEASE, Claims.github().with("environment", "Release"));
        match(new GitHubPublisher("myorg", "myproject", "release.yml", "RELEASE"), Claims.github());
    }

    @Test
    void anotherEnvironmentIsRefusedNamingBoth() {
        assertThat(reasons(RELEASE, Claims.github().with("environment", "staging")))
                .containsExactly("environment `staging` does not match the configured `release`");
    }

    @Test
    void aTokenWithoutAnEnvironmentIsRefusedWhenOneIsRequired() {
        assertThat(reasons(RELEASE, Claims.github().without("environment")))
                .containsExactly("the token has no `environment` claim but this publisher requires environment `release`");
        assertThat(reasons(RELEASE, Claims.github().with("environment", "")))
                .containsExactly("the token's `environment` claim is empty but this publisher requires environment `release`");
    }

    @Test
    void aPublisherWithoutAnEnvironmentAcceptsAnyOrNoneAndSuggestsRequiringTheOneUsed() {
        GitHubPublisher anyEnvironment = new GitHubPublisher("myorg", "myproject", "release.yml", "");
        assertThat(match(anyEnvironment, Claims.github().without("environment")).notices()).isEmpty();
        assertThat(match(anyEnvironment, Claims.github().with("environment", "")).notices()).isEmpty();
        assertThat(match(anyEnvironment, Claims.github().with("environment", "staging")).notices()).containsExactly(
                "the job ran in environment `staging`, but this publisher accepts any environment: set its environment to"
                        + " `staging` so that only jobs in that environment, with its protection rules, can publish");
    }

    @Test
    void theJobWorkflowRefMayNameTheCommitShaWhenTheRefIsEmpty() {
        String atSha = "myorg/myproject/.github/workflows/release.yml@" + Claims.SHA;
        match(RELEASE, Claims.github().with("ref", "").with("job_workflow_ref", atSha).with("workflow_ref", atSha));
    }

    @Test
    void theJobWorkflowRefMustBeAtTheTokensRefOrSha() {
        Claims elsewhere = Claims.github().without("workflow_ref")
                .with("job_workflow_ref", "myorg/myproject/.github/workflows/release.yml@refs/heads/other");
        assertThat(reasons(RELEASE, elsewhere)).containsExactly(
                "job_workflow_ref `myorg/myproject/.github/workflows/release.yml@refs/heads/other` is at `refs/heads/other`,"
                        + " which is neither the token's ref `refs/tags/v1.2.0` nor its sha `" + Claims.SHA + "`");
    }

    @Test
    void refAndShaBothEmptyLeaveNothingToCompareTheWorkflowRefWith() {
        assertThat(reasons(RELEASE, Claims.github().with("ref", "").with("sha", "")))
                .containsExactly("the token's `ref` and `sha` claims are both empty, so the workflow's ref cannot be checked");
    }

    @Test
    void aFileNameSmugglingAnAtSignDoesNotPassForTheConfiguredFile() {
        String nested = "myorg/myproject/.github/workflows/release.yml@evil.yml@refs/tags/v1.2.0";
        assertThat(reasons(RELEASE, Claims.github().with("job_workflow_ref", nested).with("workflow_ref", nested)))
                .containsExactly("workflow `release.yml@evil.yml` (from job_workflow_ref `" + nested + "`)"
                        + " does not match the configured `release.yml`");
    }

    @Test
    void aJobWorkflowRefOutsideTheWorkflowsDirectoryIsRefused() {
        String odd = "myorg/myproject/ci/release.yml@refs/tags/v1.2.0";
        assertThat(reasons(RELEASE, Claims.github().with("job_workflow_ref", odd).without("workflow_ref"))).containsExactly(
                "job_workflow_ref `" + odd + "` is not of the form owner/repository/.github/workflows/file@ref");
    }

    @Test
    void aTokenWithoutWorkflowRefAsFromOlderEnterpriseServersIsJudgedByJobWorkflowRefAlone() {
        match(RELEASE, Claims.github().without("workflow_ref"));
    }

    @Test
    void aTagOnlyRefPatternAcceptsMatchingTags() {
        match(withRefPattern("refs/tags/v*"), Claims.github());
    }

    @Test
    void aTagOnlyRefPatternRefusesABranchNamingBothRefAndPattern() {
        String main = "myorg/myproject/.github/workflows/release.yml@refs/heads/main";
        Claims branch = Claims.github().with("ref", "refs/heads/main").with("ref_type", "branch")
                .with("job_workflow_ref", main).with("workflow_ref", main);
        assertThat(reasons(withRefPattern("refs/tags/v*"), branch))
                .containsExactly("ref `refs/heads/main` does not match the allowed pattern `refs/tags/v*`");
    }

    @Test
    void aRefPatternRefusesATokenWhoseRefIsEmpty() {
        String atSha = "myorg/myproject/.github/workflows/release.yml@" + Claims.SHA;
        Claims deployment = Claims.github().with("ref", "").with("job_workflow_ref", atSha).with("workflow_ref", atSha);
        assertThat(reasons(withRefPattern("refs/tags/v*"), deployment))
                .containsExactly("the token's `ref` claim is empty, but this publisher only allows refs matching `refs/tags/v*`");
    }

    @Test
    void aReusableWorkflowInAnotherRepositoryIsRefusedUnlessConfiguredAndTheReasonSaysHowToAllowIt() {
        Claims called = Claims.github().without("environment")
                .with("job_workflow_ref", "myorg/shared/.github/workflows/pypi.yml@refs/tags/v1");
        assertThat(reasons(withReusable(""), called)).containsExactly(
                "the publishing job comes from the reusable workflow `myorg/shared/.github/workflows/pypi.yml@refs/tags/v1`"
                        + " (job_workflow_ref), which this publisher does not allow; to allow it, set the publisher's reusable"
                        + " workflow to `myorg/shared/.github/workflows/pypi.yml`");
    }

    @Test
    void aConfiguredReusableWorkflowInAnotherRepositoryIsAcceptedAtAnyRefWhenCalledByTheConfiguredWorkflow() {
        GitHubPublisher spec = withReusable("myorg/shared/.github/workflows/pypi.yml");
        match(spec, Claims.github().with("job_workflow_ref", "myorg/shared/.github/workflows/pypi.yml@refs/tags/v1"));
        match(spec, Claims.github().with("job_workflow_ref", "MyOrg/Shared/.github/workflows/pypi.yml@" + Claims.SHA));
        match(spec, Claims.github().with("job_workflow_ref", "myorg/shared/.github/workflows/pypi.yml@refs/heads/main"));
    }

    @Test
    void aConfiguredReusableWorkflowStillAcceptsAJobDefinedInTheConfiguredWorkflowItself() {
        match(withReusable("myorg/shared/.github/workflows/pypi.yml"), Claims.github());
    }

    @Test
    void aConfiguredReusableWorkflowCalledFromAnotherCallerIsRefused() {
        Claims otherCaller = Claims.github()
                .with("job_workflow_ref", "myorg/shared/.github/workflows/pypi.yml@refs/tags/v1")
                .with("workflow_ref", "myorg/myproject/.github/workflows/ci.yml@refs/tags/v1.2.0");
        assertThat(reasons(withReusable("myorg/shared/.github/workflows/pypi.yml"), otherCaller)).containsExactly(
                "workflow `ci.yml` (from workflow_ref `myorg/myproject/.github/workflows/ci.yml@refs/tags/v1.2.0`)"
                        + " does not match the configured `release.yml`");
    }

    @Test
    void aConfiguredReusableWorkflowNeedsAWorkflowRefToKnowWhoCalledIt() {
        Claims noCaller = Claims.github().without("workflow_ref")
                .with("job_workflow_ref", "myorg/shared/.github/workflows/pypi.yml@refs/tags/v1");
        assertThat(reasons(withReusable("myorg/shared/.github/workflows/pypi.yml"), noCaller)).containsExactly(
                "the token has no `workflow_ref` claim, so the workflow that called the reusable workflow"
                        + " `myorg/shared/.github/workflows/pypi.yml@refs/tags/v1` cannot be checked");
    }

    @Test
    void aReusableWorkflowOtherThanTheConfiguredOneIsRefusedNamingTheAllowedOne() {
        Claims otherReusable = Claims.github()
                .with("job_workflow_ref", "evil/shared/.github/workflows/pypi.yml@refs/tags/v1");
        assertThat(reasons(withReusable("myorg/shared/.github/workflows/pypi.yml"), otherReusable)).containsExactly(
                "the publishing job comes from the reusable workflow `evil/shared/.github/workflows/pypi.yml@refs/tags/v1`"
                        + " (job_workflow_ref), which this publisher does not allow; it allows only"
                        + " `myorg/shared/.github/workflows/pypi.yml`");
    }

    @Test
    void aReusableWorkflowRefWithoutARealRefOrShaIsRefused() {
        Claims smuggled = Claims.github()
                .with("job_workflow_ref", "myorg/shared/.github/workflows/pypi.yml@evil.yml@x");
        assertThat(matcher.check(withReusable("myorg/shared/.github/workflows/pypi.yml"), GITHUB, smuggled.map()).matched())
                .isFalse();
    }

    @Test
    void aSameRepositoryReusableWorkflowConfiguredUnderTheCalledFileNameIsRefusedWithWhatToConfigureInstead() {
        // pypi.org accepts this by accident; Larder wants the caller named as the workflow
        Claims called = Claims.github()
                .with("job_workflow_ref", "myorg/myproject/.github/workflows/release.yml@refs/tags/v1.2.0")
                .with("workflow_ref", "myorg/myproject/.github/workflows/ci.yml@refs/tags/v1.2.0");
        assertThat(reasons(RELEASE, called)).containsExactly(
                "workflow `release.yml` ran as a reusable workflow called from"
                        + " `myorg/myproject/.github/workflows/ci.yml@refs/tags/v1.2.0` (workflow_ref); a publisher's workflow"
                        + " must be the calling workflow: configure `ci.yml` as the workflow and"
                        + " `myorg/myproject/.github/workflows/release.yml` as the reusable workflow");
        GitHubPublisher asAdvised = new GitHubPublisher("myorg", "myproject", "ci.yml", "release", "",
                "myorg/myproject/.github/workflows/release.yml", "", "");
        match(asAdvised, called);
    }

    @ParameterizedTest
    @ValueSource(strings = {"repository", "repository_owner", "repository_owner_id", "repository_id", "job_workflow_ref",
            "event_name", "ref", "sha", "jti"})
    void aMissingRequiredClaimIsNamed(String claim) {
        assertThat(reasons(PINNED, Claims.github().without(claim))).contains("the token has no `" + claim + "` claim");
    }

    @Test
    void nonStringClaimsAreReasonsNeverExceptions() {
        Claims odd = Claims.github().with("repository_owner_id", 123L).with("repository", List.of("myorg", "myproject"))
                .with("environment", true).with("job_workflow_ref", Map.of("path", "x")).with("ref", 1.5)
                .with("workflow_ref", 7L).with("event_name", List.of());
        assertThatCode(() -> matcher.check(RELEASE, GITHUB, odd.map())).doesNotThrowAnyException();
        assertThat(reasons(RELEASE, odd)).contains(
                "the token's `repository_owner_id` claim is a number (`123`), not a string",
                "the token's `repository` claim is a list (`[myorg, myproject]`), not a string",
                "the token's `environment` claim is a boolean (`true`), not a string",
                "the token's `job_workflow_ref` claim is an object (`{path=x}`), not a string",
                "the token's `ref` claim is a number (`1.5`), not a string",
                "the token's `workflow_ref` claim is a number (`7`), not a string",
                "the token's `event_name` claim is a list (`[]`), not a string");
    }

    @Test
    void aNullClaimValueCountsAsAbsent() {
        java.util.Map<String, Object> claims = new java.util.HashMap<>(Claims.github().map());
        claims.put("repository_owner_id", null);
        assertThat(((MatchResult.Mismatch) matcher.check(RELEASE, GITHUB, claims)).reasons())
                .containsExactly("the token has no `repository_owner_id` claim");
    }

    @Test
    void everyProblemIsReportedAtOnceInCheckOrder() {
        Claims bad = Claims.github().with("repository_id", "1").with("event_name", "pull_request_target")
                .with("environment", "staging").without("jti");
        assertThat(reasons(PINNED, bad)).containsExactly(
                "repository id `1` differs from the id `456` pinned when this publisher was first used"
                        + " (was the repository deleted and re-created?)",
                "event `pull_request_target` is never allowed to publish",
                "environment `staging` does not match the configured `release`",
                "the token has no `jti` claim");
    }

    @Test
    void controlCharactersInClaimsAreEscapedAndLongValuesShortenedInReasons() {
        List<String> r = reasons(RELEASE, Claims.github().with("environment", "stag\ning"));
        assertThat(r).containsExactly("environment `stag\\u000aing` does not match the configured `release`");
        String shown = reasons(RELEASE, Claims.github().with("environment", "x".repeat(5000))).get(0);
        assertThat(shown).hasSizeLessThan(300).contains("…`");
    }

    @Test
    void aTokenFromAnIssuerOfAnotherKindNeverMatches() {
        TokenIssuer gitlab = new TokenIssuer(IssuerType.GITLAB, "gitlab", "https://gitlab.com");
        MatchResult result = matcher.check(RELEASE, gitlab, Claims.github().map());
        assertThat(((MatchResult.Mismatch) result).reasons()).containsExactly(
                "this publisher is for GitHub, but the token was issued by `gitlab` (`https://gitlab.com`), which is a GitLab issuer");
    }

    @Test
    void theTwoArgumentCheckNeedsNoIssuer() {
        assertThat(matcher.check(RELEASE, Claims.github().map()).matched()).isTrue();
    }
}
