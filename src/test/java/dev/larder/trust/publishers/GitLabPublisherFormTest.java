package dev.larder.trust.publishers;

import dev.larder.trust.oidc.IssuerType;
import static dev.larder.trust.publishers.FormAssertions.errors;
import static dev.larder.trust.publishers.FormAssertions.input;
import static dev.larder.trust.publishers.FormAssertions.valid;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GitLabPublisherFormTest {
    static Map<String, Object> pipeline(Object... overrides) {
        Map<String, Object> m = input("namespace", "group/sub", "project", "proj", "ci_file_path", ".gitlab-ci.yml",
                "environment", "Release");
        m.putAll(input(overrides));
        return m;
    }

    static List<String> errorsOf(String field, Map<String, Object> input) {
        return errors(PublisherForm.validate(IssuerType.GITLAB, input)).get(field);
    }

    @Test
    void aValidRegistrationKeepsTheEnvironmentsCaseBecauseGitLabIsCaseSensitive() {
        assertThat(valid(PublisherForm.validate(IssuerType.GITLAB, pipeline("ref_pattern", "refs/tags/v*"))))
                .isEqualTo(new GitLabPublisher("group/sub", "proj", ".gitlab-ci.yml", "Release", "refs/tags/v*", "", ""));
    }

    @Test
    void aNestedPipelineFileAndOneCharacterNamesAreAccepted() {
        assertThat(valid(PublisherForm.validate(IssuerType.GITLAB, pipeline("namespace", "g", "project", "p",
                "ci_file_path", "ci/release.yaml", "environment", "production/eu-${REGION}"))))
                .isEqualTo(new GitLabPublisher("g", "p", "ci/release.yaml", "production/eu-${REGION}"));
    }

    @Test
    void missingFieldsAreExplained() {
        assertThat(errors(PublisherForm.validate(IssuerType.GITLAB, input()))).containsExactly(
                Map.entry("namespace", List.of("Enter the GitLab group or user that owns the project, with any subgroups,"
                        + " e.g. `mygroup/subgroup`.")),
                Map.entry("project", List.of("Enter the name of the GitLab project, e.g. `myproject`.")),
                Map.entry("ci_file_path", List.of("Enter the path of the top-level pipeline file, e.g. `.gitlab-ci.yml`.")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-group", "group-", "gr oup", "group/", "/group"})
    void namespacesStartAndEndWithALetterOrDigit(String namespace) {
        assertThat(errorsOf("namespace", pipeline("namespace", namespace))).containsExactly("`" + namespace + "` is not a valid"
                + " GitLab namespace: use letters, digits, `_`, `-`, `.` and `/` between subgroups, starting and ending with a"
                + " letter or digit.");
    }

    @Test
    void pathsCannotEndInGitOrAtomNorHaveTwoSpecialCharactersInARow() {
        assertThat(errorsOf("project", pipeline("project", "proj.git"))).containsExactly("A GitLab path cannot end in `.git` or `.atom`.");
        assertThat(errorsOf("namespace", pipeline("namespace", "group.atom"))).containsExactly(
                "A GitLab path cannot end in `.git` or `.atom`.");
        for (String bad : List.of("a--b", "a._b", "group//sub", "group/-sub")) {
            assertThat(errorsOf("namespace", pipeline("namespace", bad))).as(bad).containsExactly(
                    "A GitLab path cannot have two special characters in a row, such as `--`, `._` or `/-`.");
        }
    }

    @Test
    void theProjectIsOnlyTheProjectsName() {
        assertThat(errorsOf("project", pipeline("project", "sub/proj")))
                .containsExactly("Enter only the project's name; its group and subgroups go in `namespace`.");
        assertThat(errorsOf("project", pipeline("project", "pro ject"))).containsExactly("`pro ject` is not a valid GitLab"
                + " project name: use letters, digits, `_`, `-` and `.`, starting and ending with a letter or digit.");
    }

    @Test
    void theCiFileIsARelativeYamlPath() {
        assertThat(errorsOf("ci_file_path", pipeline("ci_file_path", "/.gitlab-ci.yml"))).containsExactly("Write the pipeline"
                + " file's path relative to the repository's root, without a leading or trailing `/`, e.g. `ci/release.yml`.");
        assertThat(errorsOf("ci_file_path", pipeline("ci_file_path", "ci/"))).hasSize(1);
        assertThat(errorsOf("ci_file_path", pipeline("ci_file_path", "ci/release.json")))
                .containsExactly("The pipeline file must be a path ending in `.yml` or `.yaml`, e.g. `.gitlab-ci.yml`.");
        assertThat(errorsOf("ci_file_path", pipeline("ci_file_path", "ci/.yml")))
                .containsExactly("The pipeline file must be a path ending in `.yml` or `.yaml`, e.g. `.gitlab-ci.yml`.");
    }

    @Test
    void environmentNamesUseGitLabsCharacters() {
        assertThat(errorsOf("environment", pipeline("environment", "prod;drop"))).containsExactly("A GitLab environment name"
                + " can contain only letters, digits, spaces and `-`, `_`, `/`, `$`, `{`, `}`.");
        assertThat(valid(PublisherForm.validate(IssuerType.GITLAB, pipeline("environment", "   "))))
                .isEqualTo(new GitLabPublisher("group/sub", "proj", ".gitlab-ci.yml", ""));
    }

    @Test
    void pypiFieldNamesAreRecognisedAndCorrected() {
        assertThat(errorsOf("workflow_filepath", pipeline("workflow_filepath", ".gitlab-ci.yml")))
                .containsExactly("A GitLab publisher has no field `workflow_filepath`; did you mean `ci_file_path`?");
    }
}
