package dev.larder.trust.publishers;

import java.util.Map;

/** Checks a generic issuer's claims against an {@link OidcRulePublisher}: every rule, then every immutable id. */
final class OidcRuleClaimCheck {
    private OidcRuleClaimCheck() {}

    static MatchResult check(OidcRulePublisher spec, ClaimInspection in) {
        for (Map.Entry<String, ClaimRule> entry : spec.rules().entrySet()) {
            String claim = entry.getKey();
            ClaimRule rule = entry.getValue();
            String value = in.requiredScalarText(claim);
            if (value == null || rule.matches(value)) {
                continue;
            }
            in.fail("claim " + QuotedValue.of(claim) + " is " + QuotedValue.of(value)
                    + (rule.type() == ClaimRule.Type.EXACT
                            ? ", but the rule requires " + QuotedValue.of(rule.value())
                            : ", which does not match the pattern " + QuotedValue.of(rule.value())));
        }
        for (String claim : spec.immutableIdClaims()) {
            String value = in.requiredScalarText(claim);
            String pinned = spec.pinnedIds().get(claim);
            if (value == null) {
                continue;
            }
            if (pinned == null) {
                in.pin(claim, value);
            } else if (!pinned.equals(value)) {
                in.fail("claim " + QuotedValue.of(claim) + " is " + QuotedValue.of(value) + ", which differs from the value "
                        + QuotedValue.of(pinned) + " pinned when this publisher was first used (was the workload deleted and re-created?)");
            }
        }
        return in.result(spec, spec.withPinnedIds(in.pins()));
    }
}
