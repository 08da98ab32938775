package dev.larder.trust.publishers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PublisherJsonTest {
    static final List<PublisherSpec> EVERY_KIND = List.of(
            new GitHubPublisher("myorg", "myproject", "release.yml", "release", "refs/tags/v*",
                    "myorg/shared/.github/workflows/publish.yml", "123", "456"),
            new GitLabPublisher("group/sub", "proj", "ci/release.yml", "Production", "refs/tags/**", "7", "8"),
            new GooglePublisher("pub@proj.iam.gserviceaccount.com", "1234567890"),
            new ActiveStatePublisher("org", "proj", "0b8e4c6a-1f0e-4c7e-9c1d-0d5b2a9e7f31", "alice"),
            new ForgejoPublisher("owner", "repo", "release.yml", "", "refs/tags/v*", "11", ""),
            new OidcRulePublisher(
                    Map.of("repository", ClaimRule.exact("myorg/x"), "ref", ClaimRule.glob("refs/tags/*")),
                    List.of("repository_id"), Map.of("repository_id", "99")));

    @Test
    void everyKindOfPublisherSurvivesAWriteAndReadUnchanged() {
        for (PublisherSpec spec : EVERY_KIND) {
            assertThat(PublisherJson.read(PublisherJson.write(spec))).isEqualTo(spec);
        }
    }

    @Test
    void theStoredFormUsesSnakeCaseNamesAndWritesEmptyFieldsAsEmptyStrings() {
        String json = PublisherJson.write(new GitHubPublisher("myorg", "myproject", "release.yml", "release"));
        assertThat(json).isEqualTo("{\"kind\":\"github\",\"owner\":\"myorg\",\"repository\":\"myproject\","
                + "\"workflow\":\"release.yml\",\"environment\":\"release\",\"ref_pattern\":\"\",\"reusable_workflow\":\"\","
                + "\"pinned_owner_id\":\"\",\"pinned_repository_id\":\"\"}");
    }

    @Test
    void genericRulesAreStoredAsExactOrGlobObjects() {
        String json = PublisherJson.write(EVERY_KIND.get(5));
        assertThat(json).isEqualTo("{\"kind\":\"oidc\",\"rules\":{\"ref\":{\"glob\":\"refs/tags/*\"},"
                + "\"repository\":{\"exact\":\"myorg/x\"}},\"immutable_id_claims\":[\"repository_id\"],"
                + "\"pinned_ids\":{\"repository_id\":\"99\"}}");
    }

    @Test
    void missingOptionalFieldsReadAsEmpty() {
        PublisherSpec spec = PublisherJson.read("{\"kind\":\"google\",\"email\":\"a@b.example\"}");
        assertThat(spec).isEqualTo(new GooglePublisher("a@b.example", ""));
    }

    @Test
    void corruptStoredDataIsAnIllegalArgumentNotASilentDefault() {
        assertThatThrownBy(() -> PublisherJson.read("{\"kind\":\"svn\"}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown kind svn");
        assertThatThrownBy(() -> PublisherJson.read("{\"kind\":\"github\",\"owner\":1}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("owner is not a string");
        assertThatThrownBy(() -> PublisherJson.read("{\"kind\":\"github\",\"owner\":\"o\"}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PublisherJson.read("[1]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PublisherJson.read("{nope")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PublisherJson.read("{\"kind\":\"oidc\",\"rules\":{\"x\":{\"regex\":\".*\"}},"
                + "\"immutable_id_claims\":[\"id\"]}")).isInstanceOf(IllegalArgumentException.class);
    }
}
