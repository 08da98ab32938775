package dev.larder.trust.publishers;

/**
 * The optional {@code environment} constraint of GitHub, GitLab and Forgejo publishers,
 * following pypi.org: a publisher without an environment accepts any (or none); one with an
 * environment requires the token to name it.
 */
final class EnvironmentCheck {
    private EnvironmentCheck() {}

    /**
     * @param rule how names compare for this provider
     * @param caseHint appended when the names differ only in case although {@code rule} is exact
     * @param missingHint appended when the token has no environment at all
     */
    static void apply(ClaimInspection in, String configured, CaseRule rule, String caseHint, String missingHint) {
        String claimed = in.optionalString("environment");
        if (configured.isEmpty()) {
            if (claimed != null && !claimed.isEmpty()) {
                in.notice("the job ran in environment " + QuotedValue.of(claimed)
                        + ", but this publisher accepts any environment: set its environment to "
                        + QuotedValue.of(claimed) + " so that only jobs in that environment, with its protection rules, can publish");
            }
            return;
        }
        String required = QuotedValue.of(configured);
        if (!in.isPresent("environment")) {
            in.fail("the token has no `environment` claim but this publisher requires environment " + required + missingHint);
        } else if (claimed == null) {
            return; // not a string: already a reason
        } else if (claimed.isEmpty()) {
            in.fail("the token's `environment` claim is empty but this publisher requires environment " + required);
        } else if (!rule.same(configured, claimed)) {
            boolean caseOnly = configured.equalsIgnoreCase(claimed);
            in.fail("environment " + QuotedValue.of(claimed) + " does not match the configured " + required
                    + (caseOnly ? caseHint : ""));
        }
    }
}
