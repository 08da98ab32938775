package dev.larder.trust.publishers;

import dev.larder.trust.oidc.IssuerType;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActiveStatePublisherMatchTest {
    static final String ALICE_ID = "0b8e4c6a-1f0e-4c7e-9c1d-0d5b2a9e7f31";
    static final TokenIssuer ACTIVESTATE = new TokenIssuer(IssuerType.ACTIVESTATE, "activestate",
            "https://platform.activestate.com/api/v1/oauth/oidc");
    static final ActiveStatePublisher NEW = new ActiveStatePublisher("org", "proj", "", "alice");

    final PublisherMatcher matcher = new PublisherMatcher();

    List<String> reasons(PublisherSpec spec, Claims claims) {
        MatchResult result = matcher.check(spec, ACTIVESTATE, claims.map());
        assertThat(result).isInstanceOf(MatchResult.Mismatch.class);
        return ((MatchResult.Mismatch) result).reasons();
    }

    @Test
    void aBuildByTheConfiguredActorMatchesAndPinsTheActorId() {
        MatchResult.Match m = (MatchResult.Match) matcher.check(NEW, ACTIVESTATE, Claims.activeState().map());
        assertThat(m.idsToPin()).containsExactly(Map.entry("actor_id", ALICE_ID));
        assertThat(m.pinnedSpec()).isEqualTo(new ActiveStatePublisher("org", "proj", ALICE_ID, "alice"));
    }

    @Test
    void beforePinningTheActorNameMustMatchExactly() {
        assertThat(reasons(NEW, Claims.activeState().with("actor", "Alice")))
                .containsExactly("actor `Alice` does not match the configured `alice`");
    }

    @Test
    void afterPinningARenamedActorStillMatchesButAnotherIdDoesNot() {
        ActiveStatePublisher pinned = NEW.withActorId(ALICE_ID);
        assertThat(matcher.check(pinned, ACTIVESTATE, Claims.activeState().with("actor", "alice-renamed").map()).matched()).isTrue();
        assertThat(reasons(pinned, Claims.activeState().with("actor_id", "d00d0000-0000-4000-8000-000000000000"))).containsExactly(
                "actor id `d00d0000-0000-4000-8000-000000000000` differs from the id `" + ALICE_ID
                        + "` pinned when this publisher was first used (was the user deleted and re-created?)");
    }

    @Test
    void organizationAndProjectAreExact() {
        assertThat(reasons(NEW, Claims.activeState().with("organization", "Org").with("project", "other"))).containsExactly(
                "organization `Org` does not match the configured `org`",
                "project `other` does not match the configured `proj`");
    }

    @Test
    void onlyThePypiPublisherBuilderMayPublish() {
        assertThat(reasons(NEW, Claims.activeState().with("builder", "wheel-builder")))
                .containsExactly("builder `wheel-builder` is not `pypi-publisher`, the only ActiveState builder allowed to publish");
        assertThat(reasons(NEW, Claims.activeState().without("builder"))).containsExactly("the token has no `builder` claim");
    }

    @Test
    void missingAndNonStringClaimsAreReasons() {
        assertThat(reasons(NEW, Claims.activeState().without("organization").with("actor_id", List.of("x"))))
                .containsExactly("the token has no `organization` claim",
                        "the token's `actor_id` claim is a list (`[x]`), not a string");
    }
}
