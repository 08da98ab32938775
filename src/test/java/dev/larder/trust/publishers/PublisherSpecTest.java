package dev.larder.trust.publishers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PublisherSpecTest {
    @Test
    void eachKindDescribesItselfInOneLineForPeople() {
        assertThat(new GitHubPublisher("myorg", "myproject", "release.yml", "release").describe())
                .isEqualTo("GitHub myorg/myproject, workflow release.yml, environment release");
        assertThat(new GitHubPublisher("myorg", "myproject", "release.yml", "", "refs/tags/v*",
                "myorg/shared/.github/workflows/pypi.yml", "", "").describe())
                .isEqualTo("GitHub myorg/myproject, workflow release.yml, any environment, refs matching refs/tags/v*,"
                        + " reusable workflow myorg/shared/.github/workflows/pypi.yml");
        assertThat(new GitLabPublisher("group/sub", "proj", ".gitlab-ci.yml", "release").describe())
                .isEqualTo("GitLab group/sub/proj, CI file .gitlab-ci.yml, environment release");
        assertThat(new GooglePublisher("pub@p.iam.gserviceaccount.com", "").describe())
                .isEqualTo("Google service account pub@p.iam.gserviceaccount.com, any subject");
        assertThat(new ActiveStatePublisher("org", "proj", "", "alice").describe())
                .isEqualTo("ActiveState org/proj, actor alice");
        assertThat(new ForgejoPublisher("o", "r", "release.yml", "", "refs/tags/v*").describe())
                .isEqualTo("Forgejo o/r, workflow release.yml, any environment, refs matching refs/tags/v*");
        assertThat(new OidcRulePublisher(Map.of("sub", ClaimRule.glob("repo:o/*"), "aud_x", ClaimRule.exact("1")),
                List.of("repository_id")).describe())
                .isEqualTo("OIDC claims aud_x = 1, sub matches repo:o/*; immutable ids repository_id");
    }

    @Test
    void eachRecordReportsTheKindOfIssuerItBelongsTo() {
        for (PublisherSpec spec : PublisherJsonTest.EVERY_KIND) {
            assertThat(PublisherJson.write(spec)).startsWith("{\"kind\":\"" + spec.kind().configName() + "\"");
        }
    }

    @Test
    void theConfigurationKeyIgnoresPinnedIdsAndCaseWhereMatchingIgnoresCase() {
        GitHubPublisher a = new GitHubPublisher("MyOrg", "MyProject", "release.yml", "Release");
        GitHubPublisher b = new GitHubPublisher("myorg", "myproject", "release.yml", "release").withPinnedIds("1", "2");
        assertThat(a.configurationKey()).isEqualTo(b.configurationKey());
        assertThat(new GitHubPublisher("myorg", "myproject", "Release.yml", "").configurationKey())
                .isNotEqualTo(new GitHubPublisher("myorg", "myproject", "release.yml", "").configurationKey());
        // GitLab environments are case-sensitive, so they stay distinct in the key
        assertThat(new GitLabPublisher("g", "p", ".gitlab-ci.yml", "Prod").configurationKey())
                .isNotEqualTo(new GitLabPublisher("g", "p", ".gitlab-ci.yml", "prod").configurationKey());
        assertThat(new GitLabPublisher("G", "P", ".gitlab-ci.yml", "prod").configurationKey())
                .isEqualTo(new GitLabPublisher("g", "p", ".gitlab-ci.yml", "prod").withPinnedIds("1", "2").configurationKey());
    }

    @Test
    void configurationKeysCannotRunPartsTogether() {
        assertThat(new GooglePublisher("a\",\"b", "").configurationKey())
                .isNotEqualTo(new GooglePublisher("a", "b").configurationKey());
    }

    @Test
    void recordsRefuseMissingRequiredPartsAsProgrammingErrors() {
        assertThatThrownBy(() -> new GitHubPublisher(" ", "r", "w.yml", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GitHubPublisher("o", "r", "w.yml", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new OidcRulePublisher(Map.of(), List.of("id"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OidcRulePublisher(Map.of("sub", ClaimRule.exact("x")), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OidcRulePublisher(Map.of("sub", ClaimRule.exact("x")), List.of("id"), Map.of("other", "1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void genericRulesAreKeptSortedAndImmutable() {
        OidcRulePublisher p = new OidcRulePublisher(new java.util.HashMap<>(Map.of("z", ClaimRule.exact("1"), "a", ClaimRule.exact("2"))),
                List.of("id", "id"));
        assertThat(p.rules().keySet()).containsExactly("a", "z");
        assertThat(p.immutableIdClaims()).containsExactly("id");
        assertThatThrownBy(() -> p.rules().put("b", ClaimRule.exact("3"))).isInstanceOf(UnsupportedOperationException.class);
    }
}
