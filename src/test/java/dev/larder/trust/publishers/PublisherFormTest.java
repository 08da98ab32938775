package dev.larder.trust.publishers;

import dev.larder.trust.oidc.IssuerType;
import static dev.larder.trust.publishers.FormAssertions.errors;
import static dev.larder.trust.publishers.FormAssertions.input;
import static dev.larder.trust.publishers.FormAssertions.valid;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every registration has in common: choosing the kind and reading JSON. */
class PublisherFormTest {
    @Test
    void theIssuerFieldChoosesTheKindIgnoringCase() {
        assertThat(valid(PublisherForm.validate(input("issuer", "GitHub", "owner", "o", "repository", "r", "workflow", "w.yml"))))
                .isInstanceOf(GitHubPublisher.class);
    }

    @Test
    void aMissingOrUnknownIssuerListsTheKinds() {
        assertThat(errors(PublisherForm.validate(input("owner", "o")))).containsExactly(Map.entry("issuer",
                List.of("Say which kind of issuer the publisher is for: one of github, gitlab, google, activestate, forgejo, oidc.")));
        assertThat(errors(PublisherForm.validate(input("issuer", "bitbucket")))).containsExactly(Map.entry("issuer",
                List.of("`bitbucket` is not a kind of issuer; use one of github, gitlab, google, activestate, forgejo, oidc.")));
        assertThat(errors(PublisherForm.validate(input("issuer", 3)))).containsOnlyKeys("issuer");
    }

    @Test
    void aCallerThatResolvedTheIssuerItselfMayPassTheKindAndTheIssuerFieldIsIgnored() {
        assertThat(valid(PublisherForm.validate(IssuerType.GOOGLE, input("issuer", "google-prod", "email", "p@x.iam.gserviceaccount.com"))))
                .isEqualTo(new GooglePublisher("p@x.iam.gserviceaccount.com", ""));
    }

    @Test
    void aBodyThatIsNotAJsonObjectIsExplained() {
        assertThat(errors(PublisherForm.validateJson("{\"issuer\":")).get("")).singleElement().asString()
                .startsWith("The request body is not valid JSON");
        assertThat(errors(PublisherForm.validateJson("[1,2]"))).containsExactly(Map.entry("", List.of("The request body must be a JSON object.")));
        assertThat(errors(PublisherForm.validateJson("null"))).containsOnlyKeys("");
    }

    @Test
    void everyValidSpecTheFormMakesSurvivesStorage() {
        List<Map<String, Object>> inputs = List.of(
                input("issuer", "github", "owner", "o", "repository", "r", "workflow", "w.yml", "ref_pattern", "refs/tags/*"),
                input("issuer", "gitlab", "namespace", "g", "project", "p", "ci_file_path", ".gitlab-ci.yml"),
                input("issuer", "oidc", "rules", Map.of("sub", "x"), "immutable_id_claims", List.of("id")));
        for (Map<String, Object> in : inputs) {
            PublisherSpec spec = valid(PublisherForm.validate(in));
            assertThat(PublisherJson.read(PublisherJson.write(spec))).isEqualTo(spec);
        }
    }
}
