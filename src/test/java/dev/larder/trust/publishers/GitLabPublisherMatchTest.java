package dev.larder.trust.publishers;

import dev.larder.trust.oidc.IssuerType;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GitLabPublisherMatchTest {
    static final TokenIssuer GITLAB = new TokenIssuer(IssuerType.GITLAB, "gitlab", "https://gitlab.com");
    static final GitLabPublisher RELEASE = new GitLabPublisher("group/sub", "proj", ".gitlab-ci.yml", "release");
    static final GitLabPublisher PINNED = RELEASE.withPinnedIds("72", "20");

    final PublisherMatcher matcher = new PublisherMatcher();

    MatchResult.Match match(PublisherSpec spec, TokenIssuer issuer, Claims claims) {
        MatchResult result = matcher.check(spec, issuer, claims.map());
        assertThat(result).isInstanceOf(MatchResult.Match.class);
        return (MatchResult.Match) result;
    }

    List<String> reasons(PublisherSpec spec, Claims claims) {
        MatchResult result = matcher.check(spec, GITLAB, claims.map());
        assertThat(result).isInstanceOf(MatchResult.Mismatch.class);
        return ((MatchResult.Mismatch) result).reasons();
    }

    @Test
    void aPipelineFromTheConfiguredFileMatchesAndPinsNamespaceAndProjectIds() {
        MatchResult.Match m = match(RELEASE, GITLAB, Claims.gitlab());
        assertThat(m.idsToPin()).containsExactly(Map.entry("namespace_id", "72"), Map.entry("project_id", "20"));
        assertThat(m.pinnedSpec()).isEqualTo(PINNED);
    }

    @Test
    void pinnedIdsThatDifferAreRefusedUnlikeOnPypi() {
        assertThat(reasons(PINNED, Claims.gitlab().with("namespace_id", "73").with("project_id", "21"))).containsExactly(
                "namespace id `73` differs from the id `72` pinned when this publisher was first used"
                        + " (was the group or user deleted and re-created?)",
                "project id `21` differs from the id `20` pinned when this publisher was first used"
                        + " (was the project deleted and re-created?)");
    }

    @Test
    void namespaceAndProjectAreComparedIgnoringCaseInProjectPathAndCiConfigRefUri() {
        // pypi.org finds "coBib/cobib" case-insensitively, then fails it on ci_config_ref_uri
        GitLabPublisher typed = new GitLabPublisher("Group/Sub", "PROJ", ".gitlab-ci.yml", "release");
        match(typed, GITLAB, Claims.gitlab());
        match(RELEASE, GITLAB, Claims.gitlab().with("project_path", "Group/Sub/Proj")
                .with("ci_config_ref_uri", "GitLab.com/Group/Sub/Proj//.gitlab-ci.yml@refs/tags/v1.2.0"));
    }

    @Test
    void aDifferentProjectIsReportedOnce() {
        Claims other = Claims.gitlab().with("project_path", "group/other")
                .with("ci_config_ref_uri", "gitlab.com/group/other//.gitlab-ci.yml@refs/tags/v1.2.0");
        assertThat(reasons(RELEASE, other)).containsExactly("project_path `group/other` does not match the configured `group/sub/proj`");
    }

    @Test
    void aPipelineConfigurationKeptInAnotherProjectIsRefused() {
        Claims external = Claims.gitlab().with("ci_config_ref_uri", "gitlab.com/group/ci-templates//release.yml@refs/heads/main");
        assertThat(reasons(RELEASE, external)).containsExactly(
                "ci_config_ref_uri `gitlab.com/group/ci-templates//release.yml@refs/heads/main` names project `group/ci-templates`,"
                        + " not the configured `group/sub/proj` (is the pipeline configuration kept in another project?)",
                "CI configuration file `release.yml` (from ci_config_ref_uri"
                        + " `gitlab.com/group/ci-templates//release.yml@refs/heads/main`) does not match the configured `.gitlab-ci.yml`");
    }

    @Test
    void anotherCiFileIsRefusedNamingItAndWhereItWasRead() {
        Claims other = Claims.gitlab().with("ci_config_ref_uri", "gitlab.com/group/sub/proj//ci/build.yml@refs/tags/v1.2.0");
        assertThat(reasons(RELEASE, other)).containsExactly(
                "CI configuration file `ci/build.yml` (from ci_config_ref_uri `gitlab.com/group/sub/proj//ci/build.yml@refs/tags/v1.2.0`)"
                        + " does not match the configured `.gitlab-ci.yml`");
    }

    @Test
    void theCiFilePathIsCaseSensitive() {
        GitLabPublisher upper = new GitLabPublisher("group/sub", "proj", ".GitLab-CI.yml", "release");
        assertThat(reasons(upper, Claims.gitlab())).containsExactly(
                "CI configuration file `.gitlab-ci.yml` (from ci_config_ref_uri"
                        + " `gitlab.com/group/sub/proj//.gitlab-ci.yml@refs/tags/v1.2.0`) does not match the configured"
                        + " `.GitLab-CI.yml` (file paths are case-sensitive)");
    }

    @Test
    void aNestedCiFilePathWithDoubleSlashesOrAtSignsIsComparedExactly() {
        GitLabPublisher nested = new GitLabPublisher("group/sub", "proj", "ci//release.yml", "release");
        match(nested, GITLAB, Claims.gitlab().with("ci_config_ref_uri", "gitlab.com/group/sub/proj//ci//release.yml@refs/tags/v1.2.0"));
        GitLabPublisher at = new GitLabPublisher("group/sub", "proj", "foo.yml@bar.yml", "release");
        match(at, GITLAB, Claims.gitlab().with("ci_config_ref_uri", "gitlab.com/group/sub/proj//foo.yml@bar.yml@refs/tags/v1.2.0"));
        assertThat(reasons(RELEASE, Claims.gitlab().with("ci_config_ref_uri",
                "gitlab.com/group/sub/proj//.gitlab-ci.yml@bar.yml@refs/tags/v1.2.0"))).hasSize(1);
    }

    @Test
    void theCiConfigurationMustBeAtTheTokensRefPathOrSha() {
        match(RELEASE, GITLAB, Claims.gitlab().with("ci_config_ref_uri", "gitlab.com/group/sub/proj//.gitlab-ci.yml@" + Claims.SHA));
        assertThat(reasons(RELEASE, Claims.gitlab().with("ci_config_ref_uri",
                "gitlab.com/group/sub/proj//.gitlab-ci.yml@refs/heads/main"))).containsExactly(
                "ci_config_ref_uri `gitlab.com/group/sub/proj//.gitlab-ci.yml@refs/heads/main` is at `refs/heads/main`,"
                        + " which is neither the token's ref_path `refs/tags/v1.2.0` nor its sha `" + Claims.SHA + "`");
        assertThat(reasons(RELEASE, Claims.gitlab().with("ref_path", "").with("sha", ""))).containsExactly(
                "the token's `ref_path` and `sha` claims are both empty, so the CI configuration's ref cannot be checked");
    }

    @Test
    void theHostInCiConfigRefUriMustBeTheIssuersSoSelfManagedInstancesWork() {
        TokenIssuer selfManaged = new TokenIssuer(IssuerType.GITLAB, "gitlab-acme", "https://gitlab.acme.example/");
        Claims acme = Claims.gitlab().with("iss", "https://gitlab.acme.example")
                .with("ci_config_ref_uri", "gitlab.acme.example/group/sub/proj//.gitlab-ci.yml@refs/tags/v1.2.0");
        match(RELEASE, selfManaged, acme);
        assertThat(reasons(RELEASE, acme)).containsExactly(
                "ci_config_ref_uri `gitlab.acme.example/group/sub/proj//.gitlab-ci.yml@refs/tags/v1.2.0`"
                        + " is not on the issuer's host `gitlab.com`");
    }

    @Test
    void withoutAnIssuerTheIssuerUrlIsTakenFromTheIssClaim() {
        assertThat(matcher.check(RELEASE, Claims.gitlab().map()).matched()).isTrue();
        assertThat(((MatchResult.Mismatch) matcher.check(RELEASE, Claims.gitlab().without("iss").map())).reasons())
                .containsExactly("the token has no `iss` claim");
    }

    @Test
    void environmentsAreCaseSensitiveOnGitLabAndTheReasonSaysSo() {
        assertThat(reasons(RELEASE, Claims.gitlab().with("environment", "Release"))).containsExactly(
                "environment `Release` does not match the configured `release` (GitLab environment names are case-sensitive)");
        assertThat(reasons(RELEASE, Claims.gitlab().with("environment", "staging")))
                .containsExactly("environment `staging` does not match the configured `release`");
        assertThat(reasons(RELEASE, Claims.gitlab().without("environment")))
                .containsExactly("the token has no `environment` claim but this publisher requires environment `release`");
    }

    @Test
    void aPublisherWithoutEnvironmentAcceptsAnyAndSuggestsOne() {
        GitLabPublisher any = new GitLabPublisher("group/sub", "proj", ".gitlab-ci.yml", "");
        assertThat(match(any, GITLAB, Claims.gitlab()).notices()).hasSize(1);
        assertThat(match(any, GITLAB, Claims.gitlab().without("environment")).notices()).isEmpty();
    }

    @Test
    void aTagOnlyRefPatternIsCheckedAgainstRefPath() {
        GitLabPublisher tagsOnly = new GitLabPublisher("group/sub", "proj", ".gitlab-ci.yml", "release", "refs/tags/v*", "", "");
        match(tagsOnly, GITLAB, Claims.gitlab());
        Claims branch = Claims.gitlab().with("ref_path", "refs/heads/main").with("ref", "main")
                .with("ci_config_ref_uri", "gitlab.com/group/sub/proj//.gitlab-ci.yml@refs/heads/main");
        assertThat(reasons(tagsOnly, branch))
                .containsExactly("ref_path `refs/heads/main` does not match the allowed pattern `refs/tags/v*`");
    }

    @Test
    void aCustomisedSubClaimDoesNotMatter() {
        match(RELEASE, GITLAB, Claims.gitlab().with("sub", "project_id:20:ref_type:tag"));
        match(RELEASE, GITLAB, Claims.gitlab().without("sub"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"project_path", "namespace_id", "project_id", "ref_path", "sha", "ci_config_ref_uri", "jti"})
    void aMissingRequiredClaimIsNamed(String claim) {
        assertThat(reasons(RELEASE, Claims.gitlab().without(claim))).contains("the token has no `" + claim + "` claim");
    }

    @Test
    void nonStringClaimsAreReasons() {
        assertThat(reasons(RELEASE, Claims.gitlab().with("project_id", 20L).with("ci_config_ref_uri", List.of())))
                .containsExactly("the token's `project_id` claim is a number (`20`), not a string",
                        "the token's `ci_config_ref_uri` claim is a list (`[]`), not a string");
    }

    @Test
    void aMalformedCiConfigRefUriIsAReason() {
        assertThat(reasons(RELEASE, Claims.gitlab().with("ci_config_ref_uri", "gitlab.com/group/sub/proj/.gitlab-ci.yml")))
                .containsExactly("ci_config_ref_uri `gitlab.com/group/sub/proj/.gitlab-ci.yml` is not of the form"
                        + " host/namespace/project//path@ref");
    }
}
