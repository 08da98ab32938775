package dev.larder.trust.publishers;

/** Checks Google service-account claims against a {@link GooglePublisher}: {@code email}, {@code email_verified}, optionally {@code sub}. */
final class GoogleClaimCheck {
    private GoogleClaimCheck() {}

    static MatchResult check(GooglePublisher spec, ClaimInspection in) {
        String email = in.requiredNonEmpty("email");
        if (email != null && !CaseRule.ASCII_CASE_INSENSITIVE.same(spec.email(), email)) {
            in.fail("email " + QuotedValue.of(email) + " does not match the configured " + QuotedValue.of(spec.email()));
        }
        Boolean verified = in.requiredBoolean("email_verified");
        if (Boolean.FALSE.equals(verified)) {
            in.fail("email " + QuotedValue.of(email == null ? "" : email) + " is not verified (`email_verified` is false)");
        }
        if (!spec.subject().isEmpty()) {
            String required = QuotedValue.of(spec.subject());
            String subject = in.optionalString("sub");
            if (!in.isPresent("sub")) {
                in.fail("the token has no `sub` claim but this publisher requires subject " + required);
            } else if (subject != null && subject.isEmpty()) {
                in.fail("the token's `sub` claim is empty but this publisher requires subject " + required);
            } else if (subject != null && !subject.equals(spec.subject())) {
                in.fail("subject " + QuotedValue.of(subject) + " does not match the configured " + required);
            }
        }
        return in.result(spec, spec);
    }
}
