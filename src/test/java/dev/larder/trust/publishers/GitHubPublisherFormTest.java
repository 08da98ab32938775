package dev.larder.trust.publishers;

import static dev.larder.trust.publishers.FormAssertions.errors;
import static dev.larder.trust.publishers.FormAssertions.input;
import static dev.larder.trust.publishers.FormAssertions.valid;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GitHubPublisherFormTest {
    static Map<String, Object> release(Object... overrides) {
        Map<String, Object> m = input("issuer", "github", "owner", "myorg", "repository", "myproject",
                "workflow", "release.yml", "environment", "release");
        m.putAll(input(overrides));
        return m;
    }

    static List<String> errorsOf(String field, Map<String, Object> input) {
        return errors(PublisherForm.validate(input)).get(field);
    }

    @Test
    void theManagementApiExampleBodyGivesAGitHubPublisher() {
        assertThat(valid(PublisherForm.validateJson("{\"issuer\":\"github\",\"owner\":\"myorg\",\"repository\":\"myproject\","
                + "\"workflow\":\"release.yml\",\"environment\":\"release\"}")))
                .isEqualTo(new GitHubPublisher("myorg", "myproject", "release.yml", "release"));
    }

    @Test
    void valuesAreTrimmedAndTheEnvironmentLowercasedButOwnerAndRepositoryKeepTheirCase() {
        assertThat(valid(PublisherForm.validate(release("owner", " MyOrg ", "repository", "MyProject\t",
                "workflow", " release.yml", "environment", "Release "))))
                .isEqualTo(new GitHubPublisher("MyOrg", "MyProject", "release.yml", "release"));
    }

    @Test
    void optionalFieldsMayBeAbsentNullOrEmpty() {
        assertThat(valid(PublisherForm.validate(input("issuer", "github", "owner", "o", "repository", "r",
                "workflow", "w.yaml", "environment", null, "ref_pattern", ""))))
                .isEqualTo(new GitHubPublisher("o", "r", "w.yaml", ""));
    }

    @Test
    void aRefPatternAndAReusableWorkflowAreKept() {
        assertThat(valid(PublisherForm.validate(release("ref_pattern", "refs/tags/v*",
                "reusable_workflow", "myorg/shared/.github/workflows/pypi.yml"))))
                .isEqualTo(new GitHubPublisher("myorg", "myproject", "release.yml", "release", "refs/tags/v*",
                        "myorg/shared/.github/workflows/pypi.yml", "", ""));
    }

    @Test
    void missingRequiredFieldsAreEachExplained() {
        Map<String, List<String>> errors = errors(PublisherForm.validate(input("issuer", "github")));
        assertThat(errors).containsExactly(
                Map.entry("owner", List.of("Enter the GitHub user or organization that owns the repository.")),
                Map.entry("repository", List.of("Enter the name of the repository, e.g. `myproject`.")),
                Map.entry("workflow", List.of("Enter the file name of the workflow that publishes, e.g. `release.yml`.")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-myorg", "my org", "my_org", "my.org", "mÿorg"})
    void ownersFollowGitHubsNamingRules(String owner) {
        assertThat(errorsOf("owner", release("owner", owner))).containsExactly("`" + owner + "` is not a valid GitHub user or"
                + " organization name: use letters, digits and hyphens, starting with a letter or digit.");
    }

    @Test
    void anOwnerWithASlashIsToldWhereTheRepositoryGoes() {
        assertThat(errorsOf("owner", release("owner", "myorg/myproject")))
                .containsExactly("Enter only the owner's name, e.g. `myorg`; the repository's name goes in `repository`.");
        assertThat(errorsOf("owner", release("owner", "a".repeat(40))))
                .containsExactly("A user or organization name can be at most 39 characters long.");
    }

    @Test
    void repositoryNamesFollowGitHubsRules() {
        valid(PublisherForm.validate(release("repository", "my-project_2.0")));
        assertThat(errorsOf("repository", release("repository", "myorg/myproject")))
                .containsExactly("Enter only the repository's name, e.g. `myproject`; its owner goes in `owner`.");
        assertThat(errorsOf("repository", release("repository", "my project")))
                .containsExactly("`my project` is not a valid repository name: use letters, digits, `-`, `_` and `.`.");
        assertThat(errorsOf("repository", release("repository", "..")))
                .containsExactly("`..` is not a repository name.");
        assertThat(errorsOf("repository", release("repository", "myproject.git")))
                .containsExactly("Enter the repository's name without `.git`.");
    }

    @Test
    void theWorkflowIsAYamlFileNameNotAPath() {
        assertThat(errorsOf("workflow", release("workflow", ".github/workflows/release.yml")))
                .containsExactly("Enter only the workflow's file name, e.g. `release.yml`, not its path.");
        assertThat(errorsOf("workflow", release("workflow", "release")))
                .containsExactly("The workflow must be a file name ending in `.yml` or `.yaml`, e.g. `release.yml`.");
        assertThat(errorsOf("workflow", release("workflow", ".yml")))
                .containsExactly("The workflow must be a file name ending in `.yml` or `.yaml`, e.g. `release.yml`.");
        assertThat(errorsOf("workflow", release("workflow", "release.YML")))
                .containsExactly("The workflow must be a file name ending in `.yml` or `.yaml`, e.g. `release.yml`.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rel'ease", "rel\"ease", "rel`ease", "a,b", "a;b", "a\\b", "a\u0001b"})
    void environmentNamesFollowPypisRules(String environment) {
        assertThat(errorsOf("environment", release("environment", environment))).singleElement().asString()
                .startsWith("An environment name cannot contain control characters or any of ' \" ` , ; \\");
    }

    @Test
    void environmentNamesHaveAtMost255Characters() {
        valid(PublisherForm.validate(release("environment", "e".repeat(255))));
        assertThat(errorsOf("environment", release("environment", "e".repeat(256))))
                .containsExactly("An environment name can be at most 255 characters long.");
    }

    @Test
    void refPatternsMustBeFullRefsWithoutCharactersGitForbids() {
        assertThat(errorsOf("ref_pattern", release("ref_pattern", "v*"))).containsExactly("A ref pattern must start with"
                + " `refs/`, e.g. `refs/tags/v*` for version tags or `refs/heads/main` for one branch; `v*` alone would never match.");
        assertThat(errorsOf("ref_pattern", release("ref_pattern", "tags/v*"))).containsExactly("A ref pattern must start with"
                + " `refs/`, e.g. `refs/tags/v*` for version tags or `refs/heads/main` for one branch.");
        for (String bad : List.of("refs/tags/v[0-9]*", "refs/tags/a b", "refs/heads/x..y", "refs/tags/v~1", "refs/tags/a:b")) {
            assertThat(errorsOf("ref_pattern", release("ref_pattern", bad))).as(bad).singleElement().asString()
                    .startsWith("A ref pattern cannot contain spaces");
        }
        valid(PublisherForm.validate(release("ref_pattern", "refs/tags/release/**")));
    }

    @Test
    void aReusableWorkflowMustBeAFullPathWithoutARef() {
        assertThat(errorsOf("reusable_workflow", release("reusable_workflow", "myorg/shared/.github/workflows/pypi.yml@v1")))
                .containsExactly("Leave out the `@ref`: the configured workflow decides which version of the reusable workflow it calls.");
        assertThat(errorsOf("reusable_workflow", release("reusable_workflow", "./.github/workflows/publish.yml")))
                .containsExactly("Write a reusable workflow of the same repository with its owner and repository too, e.g."
                        + " `myorg/myproject/.github/workflows/publish.yml`.");
        for (String bad : List.of("pypi.yml", "myorg/shared/pypi.yml", "myorg/shared/.github/workflows/sub/pypi.yml",
                "myorg/shared/.github/workflows/pypi", "-x/shared/.github/workflows/pypi.yml")) {
            assertThat(errorsOf("reusable_workflow", release("reusable_workflow", bad))).as(bad)
                    .containsExactly("A reusable workflow must look like `owner/repository/.github/workflows/file.yml`.");
        }
        assertThat(errorsOf("reusable_workflow", release("reusable_workflow", "MyOrg/myproject/.github/workflows/release.yml")))
                .containsExactly("This is the publisher's own workflow; leave the reusable workflow empty.");
    }

    @Test
    void unknownFieldsAreErrorsWithASuggestionWhenTheNameIsAFamiliarOne() {
        assertThat(errorsOf("workflow_filename", release("workflow_filename", "release.yml")))
                .containsExactly("A GitHub publisher has no field `workflow_filename`; did you mean `workflow`?");
        assertThat(errorsOf("enviroment", release("enviroment", "release"))).containsExactly("A GitHub publisher has no field"
                + " `enviroment`; its fields are owner, repository, workflow, environment, ref_pattern, reusable_workflow.");
    }

    @Test
    void pinnedIdsCannotBeSetThroughTheForm() {
        assertThat(errors(PublisherForm.validate(release("pinned_owner_id", "123")))).containsOnlyKeys("pinned_owner_id");
    }

    @Test
    void nonTextValuesAreErrorsNotExceptions() {
        Map<String, List<String>> errors = errors(PublisherForm.validate(release("owner", 42, "repository", List.of("x"),
                "environment", true)));
        assertThat(errors).containsExactly(
                Map.entry("owner", List.of("Enter text here, not a number.")),
                Map.entry("repository", List.of("Enter text here, not a list.")),
                Map.entry("environment", List.of("Enter text here, not true or false.")));
    }
}
