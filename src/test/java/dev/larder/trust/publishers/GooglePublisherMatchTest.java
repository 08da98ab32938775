package dev.larder.trust.publishers;

import dev.larder.trust.oidc.IssuerType;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GooglePublisherMatchTest {
    static final TokenIssuer GOOGLE = new TokenIssuer(IssuerType.GOOGLE, "google", "https://accounts.google.com");
    static final GooglePublisher ANY_SUBJECT = new GooglePublisher("publisher@myproject.iam.gserviceaccount.com", "");
    static final GooglePublisher ONE_SUBJECT = new GooglePublisher("publisher@myproject.iam.gserviceaccount.com", "104763491823456789012");

    final PublisherMatcher matcher = new PublisherMatcher();

    boolean matches(PublisherSpec spec, Claims claims) {
        return matcher.check(spec, GOOGLE, claims.map()).matched();
    }

    List<String> reasons(PublisherSpec spec, Claims claims) {
        MatchResult result = matcher.check(spec, GOOGLE, claims.map());
        assertThat(result).isInstanceOf(MatchResult.Mismatch.class);
        return ((MatchResult.Mismatch) result).reasons();
    }

    @Test
    void theConfiguredServiceAccountMatchesWithAnyOrTheConfiguredSubject() {
        assertThat(matches(ANY_SUBJECT, Claims.google())).isTrue();
        assertThat(matches(ONE_SUBJECT, Claims.google())).isTrue();
        MatchResult.Match m = (MatchResult.Match) matcher.check(ONE_SUBJECT, GOOGLE, Claims.google().map());
        assertThat(m.idsToPin()).isEmpty();
        assertThat(m.pinnedSpec()).isSameAs(ONE_SUBJECT);
    }

    @Test
    void theEmailIsComparedIgnoringAsciiCase() {
        assertThat(matches(new GooglePublisher("Publisher@MyProject.iam.gserviceaccount.com", ""), Claims.google())).isTrue();
    }

    @Test
    void anotherEmailIsRefused() {
        assertThat(reasons(ANY_SUBJECT, Claims.google().with("email", "other@myproject.iam.gserviceaccount.com"))).containsExactly(
                "email `other@myproject.iam.gserviceaccount.com` does not match the configured"
                        + " `publisher@myproject.iam.gserviceaccount.com`");
    }

    @Test
    void anUnverifiedEmailIsRefused() {
        assertThat(reasons(ANY_SUBJECT, Claims.google().with("email_verified", false)))
                .containsExactly("email `publisher@myproject.iam.gserviceaccount.com` is not verified (`email_verified` is false)");
    }

    @Test
    void emailVerifiedMustBeTheJsonBooleanNotTheString() {
        assertThat(reasons(ANY_SUBJECT, Claims.google().with("email_verified", "true")))
                .containsExactly("the token's `email_verified` claim is a string (`true`), not a boolean");
        assertThat(reasons(ANY_SUBJECT, Claims.google().without("email_verified")))
                .containsExactly("the token has no `email_verified` claim");
    }

    @Test
    void aConfiguredSubjectMustBePresentAndEqual() {
        assertThat(reasons(ONE_SUBJECT, Claims.google().with("sub", "999")))
                .containsExactly("subject `999` does not match the configured `104763491823456789012`");
        assertThat(reasons(ONE_SUBJECT, Claims.google().without("sub")))
                .containsExactly("the token has no `sub` claim but this publisher requires subject `104763491823456789012`");
        assertThat(reasons(ONE_SUBJECT, Claims.google().with("sub", "")))
                .containsExactly("the token's `sub` claim is empty but this publisher requires subject `104763491823456789012`");
        assertThat(reasons(ONE_SUBJECT, Claims.google().with("sub", 104763491823456789L)))
                .containsExactly("the token's `sub` claim is a number (`104763491823456789`), not a string");
    }

    @Test
    void aMissingOrNonStringEmailIsAReason() {
        assertThat(reasons(ANY_SUBJECT, Claims.google().without("email"))).contains("the token has no `email` claim");
        assertThat(reasons(ANY_SUBJECT, Claims.google().with("email", 5L)))
                .contains("the token's `email` claim is a number (`5`), not a string");
    }

    @Test
    void googleTokensNeedNoJti() {
        assertThat(Claims.google().map()).doesNotContainKey("jti");
        assertThat(matches(ANY_SUBJECT, Claims.google())).isTrue();
    }
}
