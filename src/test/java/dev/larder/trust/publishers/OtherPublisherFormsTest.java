package dev.larder.trust.publishers;

import static dev.larder.trust.publishers.FormAssertions.errors;
import static dev.larder.trust.publishers.FormAssertions.input;
import static dev.larder.trust.publishers.FormAssertions.valid;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Registration of Google, ActiveState and Forgejo publishers. */
class OtherPublisherFormsTest {
    @Test
    void aGoogleServiceAccountIsLowercasedAndItsSubjectKept() {
        assertThat(valid(PublisherForm.validate(input("issuer", "google", "email", "Publisher@MyProject.iam.gserviceaccount.com",
                "subject", "104763491823456789012"))))
                .isEqualTo(new GooglePublisher("publisher@myproject.iam.gserviceaccount.com", "104763491823456789012"));
    }

    @Test
    void aGoogleEmailMustBeAnAddressAndTheSubjectANumber() {
        assertThat(errors(PublisherForm.validate(input("issuer", "google", "email", "publisher", "subject", "abc"))))
                .containsExactly(Map.entry("email", List.of("`publisher` is not an e-mail address.")),
                        Map.entry("subject", List.of("The subject is the service account's unique ID, a number such as"
                                + " `104763491823456789012`.")));
        assertThat(errors(PublisherForm.validate(input("issuer", "google", "email", "a@localhost"))).get("email"))
                .containsExactly("`a@localhost` is not an e-mail address.");
        assertThat(errors(PublisherForm.validate(input("issuer", "google"))).get("email"))
                .containsExactly("Enter the e-mail address of the service account that publishes.");
    }

    @Test
    void defaultGoogleServiceAccountsAreRefusedBecauseTheWholeProjectUsesThem() {
        for (String email : List.of("123456789-compute@developer.gserviceaccount.com", "myproject@appspot.gserviceaccount.com")) {
            assertThat(errors(PublisherForm.validate(input("issuer", "google", "email", email))).get("email")).as(email)
                    .containsExactly("`" + email + "` is a default service account, which every workload of its Google Cloud"
                            + " project can use; create a dedicated service account for publishing.");
        }
    }

    @Test
    void anActiveStateRegistrationNamesOrganizationProjectAndActorAndPinsTheActorIdLater() {
        assertThat(valid(PublisherForm.validate(input("issuer", "activestate", "organization", "org", "project", "proj",
                "actor", "alice")))).isEqualTo(new ActiveStatePublisher("org", "proj", "", "alice"));
    }

    @Test
    void activeStateNamesAreCheckedAndExplained() {
        Map<String, List<String>> errors = errors(PublisherForm.validate(input("issuer", "activestate",
                "organization", "org/proj", "project", "my proj")));
        assertThat(errors).containsExactly(
                Map.entry("organization", List.of("Enter only the name, e.g. `myorg`; the organization and the project each"
                        + " have their own field.")),
                Map.entry("project", List.of("`my proj` is not a project name: use letters, digits, `-`, `_` and `.`,"
                        + " starting with a letter or digit.")),
                Map.entry("actor", List.of("Enter the ActiveState user whose builds may publish.")));
    }

    @Test
    void aForgejoRegistrationLooksLikeGitHubsWithForgejosOwnerNames() {
        assertThat(valid(PublisherForm.validate(input("issuer", "forgejo", "owner", "my_org.x", "repository", "repo",
                "workflow", "release.yml", "environment", "Release", "ref_pattern", "refs/tags/v*"))))
                .isEqualTo(new ForgejoPublisher("my_org.x", "repo", "release.yml", "release", "refs/tags/v*"));
        assertThat(errors(PublisherForm.validate(input("issuer", "forgejo", "owner", "-x", "repository", "r", "workflow", "w.yml")))
                .get("owner")).containsExactly("`-x` is not a valid Forgejo user or organization name: use letters, digits, `-`,"
                        + " `_` and `.`, starting with a letter, digit or `_`.");
    }

    @Test
    void forgejoHasNoReusableWorkflowField() {
        assertThat(errors(PublisherForm.validate(input("issuer", "forgejo", "owner", "o", "repository", "r", "workflow", "w.yml",
                "reusable_workflow", "o/r/.github/workflows/x.yml"))).get("reusable_workflow"))
                .containsExactly("A Forgejo publisher has no field `reusable_workflow`; its fields are owner, repository,"
                        + " workflow, environment, ref_pattern.");
    }
}
