package dev.larder.trust.publishers;

import static dev.larder.trust.publishers.FormAssertions.errors;
import static dev.larder.trust.publishers.FormAssertions.input;
import static dev.larder.trust.publishers.FormAssertions.valid;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OidcRulePublisherFormTest {
    @Test
    void rulesMayBeStringsExactObjectsOrGlobObjects() {
        FormResult result = PublisherForm.validateJson("{\"issuer\":\"oidc\",\"rules\":{\"repository\":\"myorg/myproject\","
                + "\"ref\":{\"glob\":\"refs/tags/v*\"},\"workflow\":{\"exact\":\"release\"}},"
                + "\"immutable_id_claims\":[\"repository_id\",\"repository_owner_id\"]}");
        assertThat(valid(result)).isEqualTo(new OidcRulePublisher(
                Map.of("repository", ClaimRule.exact("myorg/myproject"), "ref", ClaimRule.glob("refs/tags/v*"),
                        "workflow", ClaimRule.exact("release")),
                List.of("repository_id", "repository_owner_id")));
    }

    @Test
    void aGlobWithoutWildcardsIsStoredAsAnExactRule() {
        OidcRulePublisher spec = (OidcRulePublisher) valid(PublisherForm.validate(input("issuer", "oidc",
                "rules", Map.of("ref", Map.of("glob", "refs/heads/main")), "immutable_id_claims", List.of("id"))));
        assertThat(spec.rules()).containsEntry("ref", ClaimRule.exact("refs/heads/main"));
    }

    @Test
    void atLeastOneRuleAndOneImmutableIdAreRequired() {
        assertThat(errors(PublisherForm.validate(input("issuer", "oidc", "rules", Map.of())))).containsExactly(
                Map.entry("rules", List.of("Add at least one rule on a claim that identifies the workload, e.g."
                        + " {\"repository\": \"myorg/myproject\"}.")),
                Map.entry("immutable_id_claims", List.of("Name at least one claim whose value never changes for the workload,"
                        + " such as `repository_id`, so that a deleted and re-created workload of the same name cannot publish.")));
    }

    @Test
    void aPatternThatMatchesEverythingIsRefused() {
        assertThat(errors(PublisherForm.validate(input("issuer", "oidc", "rules", Map.of("sub", Map.of("glob", "**")),
                "immutable_id_claims", List.of("id")))).get("rules.sub"))
                .containsExactly("The pattern `**` matches every value; include some fixed text, e.g. `refs/tags/*`.");
    }

    @Test
    void rulesAndPinsOnClaimsThatVerificationHandlesOrThatChangePerTokenAreRefused() {
        Map<String, List<String>> errors = errors(PublisherForm.validate(input("issuer", "oidc",
                "rules", Map.of("iss", "https://x", "jti", "1"), "immutable_id_claims", List.of("exp"))));
        assertThat(errors).containsEntry("rules.iss", List.of("`iss` is checked when the token is verified, before any"
                + " publisher; leave it out."));
        assertThat(errors).containsEntry("rules.jti", List.of("`jti` changes with every token, so a rule on it could never"
                + " work twice."));
        assertThat(errors).containsEntry("immutable_id_claims", List.of("`exp` changes with every token, so pinning it could"
                + " never work twice."));
    }

    @Test
    void malformedRulesAndIdListsAreExplained() {
        Map<String, List<String>> errors = errors(PublisherForm.validate(input("issuer", "oidc",
                "rules", Map.of("a", 5, "b", Map.of("regex", ".*"), "bad name", "x"), "immutable_id_claims", "repository_id")));
        assertThat(errors).containsEntry("rules.a", List.of("A rule is a value to match exactly, as a string, or"
                + " {\"glob\": \"pattern\"}."));
        assertThat(errors).containsEntry("rules.b", List.of("A rule is a value to match exactly, as a string, or"
                + " {\"glob\": \"pattern\"}."));
        assertThat(errors).containsEntry("rules.bad name", List.of("`bad name` is not a claim name: use letters, digits, `_`,"
                + " `-`, `.` and `:`."));
        assertThat(errors).containsEntry("immutable_id_claims", List.of("List the claim names, e.g. [\"repository_id\"],"
                + " not a string."));
        assertThat(errors(PublisherForm.validate(input("issuer", "oidc", "rules", "x", "immutable_id_claims", List.of(1)))))
                .containsExactly(Map.entry("rules", List.of("Rules are an object from claim names to values, not a string.")),
                        Map.entry("immutable_id_claims", List.of("List claim names as strings, not a number.")));
    }
}
