package dev.larder.trust.publishers;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** What {@link PublisherMatcher} decided about one publisher and one token. */
public sealed interface MatchResult permits MatchResult.Match, MatchResult.Mismatch {
    /** The publisher that was checked. */
    PublisherSpec spec();

    /** True for a {@link Match}. */
    boolean matched();

    /**
     * The token may publish as {@code spec}.
     *
     * @param idsToPin claim name to value for each immutable id that {@code spec} had not
     *     pinned yet (e.g. {@code repository_owner_id}, {@code repository_id}); empty when
     *     everything was pinned already. The caller must store {@code pinnedSpec}.
     * @param pinnedSpec {@code spec} with {@code idsToPin} filled in (equal to {@code spec}
     *     when there is nothing to pin): what to store before minting a token.
     * @param notices advice that does not block publishing, e.g. that the job ran in an
     *     environment the publisher does not require (pypi.org e-mails the owners about that).
     */
    record Match(PublisherSpec spec, Map<String, String> idsToPin, PublisherSpec pinnedSpec, List<String> notices)
            implements MatchResult {
        public Match {
            Objects.requireNonNull(spec, "spec");
            Objects.requireNonNull(pinnedSpec, "pinnedSpec");
            idsToPin = Collections.unmodifiableSortedMap(new TreeMap<>(Map.copyOf(idsToPin)));
            notices = List.copyOf(notices);
        }

        @Override
        public boolean matched() {
            return true;
        }
    }

    /**
     * The token may not publish as {@code spec}.
     *
     * @param reasons one sentence per problem, in plain words, naming the claim, its value and
     *     what the publisher expected; never empty.
     */
    record Mismatch(PublisherSpec spec, List<String> reasons) implements MatchResult {
        public Mismatch {
            Objects.requireNonNull(spec, "spec");
            reasons = List.copyOf(reasons);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a mismatch needs at least one reason");
            }
        }

        @Override
        public boolean matched() {
            return false;
        }
    }
}
