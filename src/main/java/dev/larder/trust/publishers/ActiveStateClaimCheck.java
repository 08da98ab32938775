package dev.larder.trust.publishers;

/** Checks ActiveState Platform claims against an {@link ActiveStatePublisher}; see there for the actor pinning. */
final class ActiveStateClaimCheck {
    static final String PUBLISHER_BUILDER = "pypi-publisher";

    private ActiveStateClaimCheck() {}

    static MatchResult check(ActiveStatePublisher spec, ClaimInspection in) {
        exact(in, "organization", spec.organization());
        exact(in, "project", spec.project());
        if (spec.actorId().isEmpty()) {
            exact(in, "actor", spec.actor());
        }
        in.checkPinnedId("actor_id", spec.actorId(), "actor id", "was the user deleted and re-created?");
        String builder = in.requiredString("builder");
        if (builder != null && !builder.equals(PUBLISHER_BUILDER)) {
            in.fail("builder " + QuotedValue.of(builder) + " is not `" + PUBLISHER_BUILDER
                    + "`, the only ActiveState builder allowed to publish");
        }
        return in.result(spec, spec.withActorId(in.pinnedOr("actor_id", spec.actorId())));
    }

    private static void exact(ClaimInspection in, String claim, String configured) {
        String value = in.requiredNonEmpty(claim);
        if (value != null && !value.equals(configured)) {
            in.fail(claim + " " + QuotedValue.of(value) + " does not match the configured " + QuotedValue.of(configured));
        }
    }
}
