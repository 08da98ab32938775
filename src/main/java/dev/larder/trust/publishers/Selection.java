package dev.larder.trust.publishers;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/** What {@link PublisherSelector} made of a token and the candidate publishers of its issuer. */
public sealed interface Selection permits Selection.Selected, Selection.NoneMatched {

    /** A candidate that matched, with the match (ids to pin, notices). */
    record Accepted(Candidate candidate, MatchResult.Match match) {
        public Accepted {
            Objects.requireNonNull(candidate, "candidate");
            Objects.requireNonNull(match, "match");
        }
    }

    /** A candidate that did not match, with the reasons. */
    record Rejected(Candidate candidate, List<String> reasons) {
        public Rejected {
            Objects.requireNonNull(candidate, "candidate");
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * At least one candidate matched.
     *
     * @param chosen the matching candidates of the most specific kind, in candidate order:
     *     if any candidate that requires an environment (or, for Google, a subject) matched,
     *     only those; otherwise the matching candidates that accept any. Usually one. Several
     *     means equally good publishers (e.g. one per project for the same workflow); a caller
     *     that keeps one publisher row per project should mint for all of their projects,
     *     which is what pypi.org does with its one row shared by several projects.
     */
    record Selected(List<Accepted> chosen) implements Selection {
        public Selected {
            chosen = List.copyOf(chosen);
            if (chosen.isEmpty()) {
                throw new IllegalArgumentException("a selection needs at least one chosen candidate");
            }
        }

        /** The first of {@link #chosen()}. */
        public Accepted best() {
            return chosen.get(0);
        }
    }

    /**
     * No candidate matched.
     *
     * @param issuer the token's issuer
     * @param token what the token itself says, in a few words, e.g. {@code repository
     *     `myorg/x`, workflow `build.yml`, ref `refs/heads/main`}; built only from the token's
     *     claims, so it is safe to show to whoever presented it
     * @param rejected every candidate with its reasons, closest first: fewest reasons, and
     *     candidates for another kind of issuer last
     */
    record NoneMatched(TokenIssuer issuer, String token, List<Rejected> rejected) implements Selection {
        public NoneMatched {
            Objects.requireNonNull(issuer, "issuer");
            Objects.requireNonNull(token, "token");
            rejected = List.copyOf(rejected);
        }

        /** The rejected candidates that came closest: all that share the smallest number of reasons. */
        public List<Rejected> closest() {
            return MismatchSummary.closest(rejected, issuer.kind());
        }

        /**
         * A message for people that explains why nothing matched without revealing how other
         * projects configured their publishers.
         *
         * @param shownInThisLog true for candidates whose configuration the reader may see:
         *     those of the project whose log is being written. Only the closest of these are
         *     described, with their reasons; the others are neither described nor counted.
         *     Pass {@code c -> false} for a message to the CI job itself.
         */
        public String summary(Predicate<Candidate> shownInThisLog) {
            return MismatchSummary.of(this, shownInThisLog);
        }
    }
}
