package dev.larder.trust.publishers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Picks the publisher a token publishes as, among the candidates registered for its issuer
 * (typically those the caller found for the token's repository or project).
 *
 * <p>Every candidate is checked. Among those that match, pypi.org's preference applies: a
 * publisher that requires the token's environment beats one that accepts any environment
 * (pypi.org's lookup takes the exact-environment row, else the {@code ""} row), and for
 * Google one that requires the token's subject beats one that accepts any. Generic OIDC and
 * ActiveState publishers have no such preference. See {@link Selection.Selected#chosen()}
 * for ties.
 *
 * <p>When nothing matches, every candidate's reasons are kept, closest first, and
 * {@link Selection.NoneMatched#summary} writes them up without revealing other projects'
 * configuration.
 *
 * <p>Stateless and thread-safe.
 */
public final class PublisherSelector {
    private final PublisherMatcher matcher;

    public PublisherSelector() {
        this(new PublisherMatcher());
    }

    public PublisherSelector(PublisherMatcher matcher) {
        this.matcher = Objects.requireNonNull(matcher, "matcher");
    }

    public Selection select(List<Candidate> candidates, TokenIssuer issuer, Map<String, ?> claims) {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(claims, "claims");
        List<Selection.Accepted> accepted = new ArrayList<>();
        List<Selection.Rejected> rejected = new ArrayList<>();
        for (Candidate candidate : candidates) {
            MatchResult result = matcher.check(candidate.spec(), issuer, claims);
            if (result instanceof MatchResult.Match match) {
                accepted.add(new Selection.Accepted(candidate, match));
            } else {
                rejected.add(new Selection.Rejected(candidate, ((MatchResult.Mismatch) result).reasons()));
            }
        }
        if (!accepted.isEmpty()) {
            int best = accepted.stream().mapToInt(a -> specificity(a.candidate().spec())).max().getAsInt();
            accepted.removeIf(a -> specificity(a.candidate().spec()) < best);
            return new Selection.Selected(accepted);
        }
        rejected.sort(Comparator.comparingInt(r -> MismatchSummary.distance(r, issuer.kind())));
        return new Selection.NoneMatched(issuer, TokenDescription.of(issuer.kind(), claims), rejected);
    }

    /** 1 for a publisher that names the environment (Google: subject) it requires, else 0. */
    static int specificity(PublisherSpec spec) {
        String narrowing;
        if (spec instanceof GitHubPublisher p) {
            narrowing = p.environment();
        } else if (spec instanceof GitLabPublisher p) {
            narrowing = p.environment();
        } else if (spec instanceof ForgejoPublisher p) {
            narrowing = p.environment();
        } else if (spec instanceof GooglePublisher p) {
            narrowing = p.subject();
        } else {
            narrowing = "";
        }
        return narrowing.isEmpty() ? 0 : 1;
    }
}
