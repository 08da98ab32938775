package dev.larder.trust.publishers;

import dev.larder.trust.oidc.IssuerType;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OidcRulePublisherMatchTest {
    static final TokenIssuer BUILDKITE = new TokenIssuer(IssuerType.OIDC, "buildkite", "https://agent.buildkite.com");
    static final OidcRulePublisher TAGS = new OidcRulePublisher(
            Map.of("organization_slug", ClaimRule.exact("acme"),
                    "pipeline_slug", ClaimRule.glob("release-*"),
                    "sub", ClaimRule.glob("organization:acme:pipeline:release-*:ref:refs/tags/v*:**")),
            List.of("pipeline_id"));

    final PublisherMatcher matcher = new PublisherMatcher();

    static Claims buildkite() {
        return Claims.google().without("email").without("email_verified").without("azp")
                .with("iss", "https://agent.buildkite.com")
                .with("sub", "organization:acme:pipeline:release-python:ref:refs/tags/v1.0:commit:" + Claims.SHA + ":step:publish")
                .with("organization_slug", "acme")
                .with("pipeline_slug", "release-python")
                .with("pipeline_id", "0190c2f2-8e4c-4a35-b2d1-94a3c3e7f7a1")
                .with("build_number", 42L);
    }

    List<String> reasons(PublisherSpec spec, Claims claims) {
        MatchResult result = matcher.check(spec, BUILDKITE, claims.map());
        assertThat(result).isInstanceOf(MatchResult.Mismatch.class);
        return ((MatchResult.Mismatch) result).reasons();
    }

    @Test
    void aTokenSatisfyingEveryRuleMatchesAndPinsTheImmutableIds() {
        MatchResult.Match m = (MatchResult.Match) matcher.check(TAGS, BUILDKITE, buildkite().map());
        assertThat(m.idsToPin()).containsExactly(Map.entry("pipeline_id", "0190c2f2-8e4c-4a35-b2d1-94a3c3e7f7a1"));
        assertThat(((OidcRulePublisher) m.pinnedSpec()).pinnedIds()).isEqualTo(m.idsToPin());
    }

    @Test
    void exactRulesAndGlobsExplainTheirMismatchDifferently() {
        Claims other = buildkite().with("organization_slug", "evil").with("pipeline_slug", "deploy-python");
        assertThat(reasons(TAGS, other)).containsExactly(
                "claim `organization_slug` is `evil`, but the rule requires `acme`",
                "claim `pipeline_slug` is `deploy-python`, which does not match the pattern `release-*`");
    }

    @Test
    void globsOnTheSubjectCanRequireATag() {
        Claims branch = buildkite().with("sub", "organization:acme:pipeline:release-python:ref:refs/heads/main:commit:x");
        assertThat(reasons(TAGS, branch)).containsExactly(
                "claim `sub` is `organization:acme:pipeline:release-python:ref:refs/heads/main:commit:x`, which does not match"
                        + " the pattern `organization:acme:pipeline:release-*:ref:refs/tags/v*:**`");
    }

    @Test
    void rulesAreCaseSensitive() {
        assertThat(reasons(TAGS, buildkite().with("organization_slug", "ACME")))
                .containsExactly("claim `organization_slug` is `ACME`, but the rule requires `acme`");
    }

    @Test
    void aPinnedImmutableIdMustNotChange() {
        OidcRulePublisher pinned = TAGS.withPinnedIds(Map.of("pipeline_id", "0190c2f2-8e4c-4a35-b2d1-94a3c3e7f7a1"));
        assertThat(matcher.check(pinned, BUILDKITE, buildkite().map()).matched()).isTrue();
        assertThat(reasons(pinned, buildkite().with("pipeline_id", "new"))).containsExactly(
                "claim `pipeline_id` is `new`, which differs from the value `0190c2f2-8e4c-4a35-b2d1-94a3c3e7f7a1` pinned when"
                        + " this publisher was first used (was the workload deleted and re-created?)");
    }

    @Test
    void wholeNumbersAndBooleansAreComparedAsTheirJsonText() {
        OidcRulePublisher numeric = new OidcRulePublisher(Map.of("build_number", ClaimRule.glob("4?"),
                "protected", ClaimRule.exact("true")), List.of("project_id"));
        Claims claims = buildkite().with("protected", true).with("project_id", 20L);
        MatchResult.Match m = (MatchResult.Match) matcher.check(numeric, BUILDKITE, claims.map());
        assertThat(m.idsToPin()).containsExactly(Map.entry("project_id", "20"));
    }

    @Test
    void fractionsListsObjectsAndMissingClaimsAreReasons() {
        OidcRulePublisher spec = new OidcRulePublisher(Map.of("a", ClaimRule.exact("1"), "b", ClaimRule.exact("x"),
                "c", ClaimRule.exact("x")), List.of("d", "e"));
        Claims claims = buildkite().with("a", 1.0).with("b", List.of("x")).with("c", Map.of()).with("e", "");
        assertThat(reasons(spec, claims)).containsExactly(
                "the token's `a` claim is a number (`1.0`), not a string, a whole number or a boolean",
                "the token's `b` claim is a list (`[x]`), not a string, a whole number or a boolean",
                "the token's `c` claim is an object (`{}`), not a string, a whole number or a boolean",
                "the token has no `d` claim",
                "the token's `e` claim is empty");
    }

    @Test
    void aClaimUsedByARuleAndAsAnImmutableIdIsReportedMissingOnce() {
        OidcRulePublisher spec = new OidcRulePublisher(Map.of("repository_id", ClaimRule.exact("9")), List.of("repository_id"));
        assertThat(reasons(spec, buildkite())).containsExactly("the token has no `repository_id` claim");
    }
}
