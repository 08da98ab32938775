package dev.larder.trust.publishers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PublisherSelectorTest {
    static final TokenIssuer GITHUB = GitHubPublisherMatchTest.GITHUB;
    static final Candidate ANY_ENVIRONMENT = new Candidate("1", new GitHubPublisher("myorg", "myproject", "release.yml", ""));
    static final Candidate RELEASE = new Candidate("2", new GitHubPublisher("myorg", "myproject", "release.yml", "release"));
    static final Candidate OTHER_PROJECTS = new Candidate("3",
            new GitHubPublisher("myorg", "myproject", "release.yml", "secret-env", "refs/tags/secret-*", "", "", ""));

    final PublisherSelector selector = new PublisherSelector();

    List<String> chosenIds(Selection selection) {
        assertThat(selection).isInstanceOf(Selection.Selected.class);
        return ((Selection.Selected) selection).chosen().stream().map(a -> a.candidate().id()).toList();
    }

    Selection.NoneMatched none(Selection selection) {
        assertThat(selection).isInstanceOf(Selection.NoneMatched.class);
        return (Selection.NoneMatched) selection;
    }

    @Test
    void aPublisherRequiringTheTokensEnvironmentBeatsOneThatAcceptsAny() {
        assertThat(chosenIds(selector.select(List.of(ANY_ENVIRONMENT, RELEASE), GITHUB, Claims.github().map())))
                .containsExactly("2");
    }

    @Test
    void thePublisherAcceptingAnyEnvironmentIsUsedWhenTheTokensEnvironmentIsNotConfigured() {
        assertThat(chosenIds(selector.select(List.of(RELEASE, ANY_ENVIRONMENT), GITHUB,
                Claims.github().with("environment", "staging").map()))).containsExactly("1");
        assertThat(chosenIds(selector.select(List.of(RELEASE, ANY_ENVIRONMENT), GITHUB,
                Claims.github().without("environment").map()))).containsExactly("1");
    }

    @Test
    void environmentPreferenceIgnoresCaseOnGitHub() {
        assertThat(chosenIds(selector.select(List.of(ANY_ENVIRONMENT, RELEASE), GITHUB,
                Claims.github().with("environment", "RELEASE").map()))).containsExactly("2");
    }

    @Test
    void gitLabAndForgejoPublishersPreferTheirEnvironmentToo() {
        Candidate any = new Candidate("a", new GitLabPublisher("group/sub", "proj", ".gitlab-ci.yml", ""));
        Candidate release = new Candidate("r", new GitLabPublisher("group/sub", "proj", ".gitlab-ci.yml", "release"));
        assertThat(chosenIds(selector.select(List.of(any, release), GitLabPublisherMatchTest.GITLAB, Claims.gitlab().map())))
                .containsExactly("r");
    }

    @Test
    void aGooglePublisherRequiringTheTokensSubjectBeatsOneThatAcceptsAny() {
        Candidate any = new Candidate("any", GooglePublisherMatchTest.ANY_SUBJECT);
        Candidate one = new Candidate("one", GooglePublisherMatchTest.ONE_SUBJECT);
        assertThat(chosenIds(selector.select(List.of(any, one), GooglePublisherMatchTest.GOOGLE, Claims.google().map())))
                .containsExactly("one");
        assertThat(chosenIds(selector.select(List.of(any, one), GooglePublisherMatchTest.GOOGLE,
                Claims.google().with("sub", "1").map()))).containsExactly("any");
    }

    @Test
    void equallyGoodPublishersAreAllChosenInCandidateOrder() {
        Candidate projectA = new Candidate("a", RELEASE.spec());
        Candidate projectB = new Candidate("b", RELEASE.spec());
        Selection.Selected selected = (Selection.Selected) selector.select(List.of(ANY_ENVIRONMENT, projectB, projectA), GITHUB,
                Claims.github().map());
        assertThat(selected.chosen()).extracting(a -> a.candidate().id()).containsExactly("b", "a");
        assertThat(selected.best().candidate().id()).isEqualTo("b");
    }

    @Test
    void theChosenMatchCarriesTheIdsToPin() {
        Selection.Selected selected = (Selection.Selected) selector.select(List.of(RELEASE), GITHUB, Claims.github().map());
        assertThat(selected.best().match().idsToPin()).containsEntry("repository_owner_id", "123").containsEntry("repository_id", "456");
    }

    @Test
    void withNoMatchTheRejectedCandidatesComeClosestFirst() {
        Candidate wrongWorkflowAndEnvironment = new Candidate("far", new GitHubPublisher("myorg", "myproject", "build.yml", "prod"));
        Selection.NoneMatched none = none(selector.select(List.of(wrongWorkflowAndEnvironment, RELEASE), GITHUB,
                Claims.github().with("environment", "staging").map()));
        assertThat(none.rejected()).extracting(r -> r.candidate().id()).containsExactly("2", "far");
        assertThat(none.closest()).extracting(r -> r.candidate().id()).containsExactly("2");
        assertThat(none.closest().get(0).reasons()).containsExactly("environment `staging` does not match the configured `release`");
    }

    @Test
    void aCandidateForAnotherKindOfIssuerIsNeverTheClosest() {
        Candidate gitlab = new Candidate("gl", new GitLabPublisher("myorg", "myproject", ".gitlab-ci.yml", ""));
        Candidate far = new Candidate("far", new GitHubPublisher("someone", "else", "build.yml", "prod"));
        Selection.NoneMatched none = none(selector.select(List.of(gitlab, far), GITHUB, Claims.github().map()));
        assertThat(none.closest()).extracting(r -> r.candidate().id()).containsExactly("far");
    }

    @Test
    void theSummaryForAProjectsLogShowsItsClosestPublisherAndNothingOfOtherProjects() {
        Selection.NoneMatched none = none(selector.select(List.of(OTHER_PROJECTS, RELEASE), GITHUB,
                Claims.github().with("environment", "staging").map()));
        String summary = none.summary(c -> Set.of("2").contains(c.id()));
        assertThat(summary).isEqualTo("No trusted publisher matches this GitHub token (repository `myorg/myproject`,"
                + " workflow `release.yml`, ref `refs/tags/v1.2.0`, environment `staging`, event `push`). The closest publisher:\n"
                + "GitHub myorg/myproject, workflow release.yml, environment release:\n"
                + "  - environment `staging` does not match the configured `release`");
        assertThat(summary).doesNotContain("secret");
    }

    @Test
    void theSummaryForTheCiJobItselfRevealsNoConfigurationAtAll() {
        Selection.NoneMatched none = none(selector.select(List.of(OTHER_PROJECTS, RELEASE), GITHUB,
                Claims.github().with("environment", "staging").map()));
        assertThat(none.summary(c -> false)).isEqualTo("No trusted publisher matches this GitHub token"
                + " (repository `myorg/myproject`, workflow `release.yml`, ref `refs/tags/v1.2.0`, environment `staging`,"
                + " event `push`). Compare these values with the project's trusted publishers.");
    }

    @Test
    void theSummaryListsEveryVisiblePublisherThatIsEquallyClose() {
        Candidate staging = new Candidate("s", new GitHubPublisher("myorg", "myproject", "release.yml", "production"));
        Selection.NoneMatched none = none(selector.select(List.of(RELEASE, staging), GITHUB,
                Claims.github().with("environment", "test").map()));
        assertThat(none.summary(c -> true)).contains("The closest publishers:\nGitHub myorg/myproject, workflow release.yml,"
                + " environment release:\n  - environment `test` does not match the configured `release`\nGitHub myorg/myproject,"
                + " workflow release.yml, environment production:\n  - environment `test` does not match the configured `production`");
    }

    @Test
    void theTokenDescriptionNamesACallingWorkflowAndFitsEachProvider() {
        Claims called = Claims.github().with("job_workflow_ref", "myorg/shared/.github/workflows/pypi.yml@refs/tags/v1");
        assertThat(none(selector.select(List.of(), GITHUB, called.map())).token()).isEqualTo("repository `myorg/myproject`,"
                + " workflow `pypi.yml`, called from workflow `release.yml`, ref `refs/tags/v1.2.0`, environment `release`, event `push`");
        assertThat(none(selector.select(List.of(), GitLabPublisherMatchTest.GITLAB, Claims.gitlab().map())).token())
                .isEqualTo("project `group/sub/proj`, CI file `.gitlab-ci.yml`, ref `refs/tags/v1.2.0`, environment `release`");
        assertThat(none(selector.select(List.of(), GooglePublisherMatchTest.GOOGLE, Claims.google().map())).token())
                .isEqualTo("email `publisher@myproject.iam.gserviceaccount.com`, subject `104763491823456789012`");
        assertThat(none(selector.select(List.of(), ActiveStatePublisherMatchTest.ACTIVESTATE, Claims.activeState().map())).token())
                .isEqualTo("organization `org`, project `proj`, actor `alice`");
        assertThat(none(selector.select(List.of(), ForgejoPublisherMatchTest.FORGEJO, Claims.forgejo().map())).token())
                .isEqualTo("repository `owner/repo`, workflow `release.yml`, ref `refs/tags/v1.2.0`, event `push`");
    }

    @Test
    void theTokenDescriptionLeavesOutClaimsThatAreNotStrings() {
        Map<String, Object> odd = Claims.github().with("repository", List.of("x")).with("ref", 5L).map();
        assertThat(none(selector.select(List.of(), GITHUB, odd)).token())
                .isEqualTo("workflow `release.yml`, environment `release`, event `push`");
    }

    @Test
    void withoutCandidatesNothingMatchesAndTheSummaryStillHelps() {
        Selection.NoneMatched none = none(selector.select(List.of(), GITHUB, Claims.github().map()));
        assertThat(none.rejected()).isEmpty();
        assertThat(none.closest()).isEmpty();
        assertThat(none.summary(c -> true)).startsWith("No trusted publisher matches this GitHub token (repository `myorg/myproject`");
    }
}
