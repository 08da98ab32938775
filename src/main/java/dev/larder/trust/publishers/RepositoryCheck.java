package dev.larder.trust.publishers;

/**
 * The {@code repository} ({@code owner/name}) and {@code repository_owner} claims of
 * GitHub-shaped tokens, compared with the configured owner and repository ignoring ASCII case
 * (see {@link GitHubPublisher} for why).
 */
final class RepositoryCheck {
    private RepositoryCheck() {}

    /** Returns true if a wrong repository was reported, so later checks need not repeat it. */
    static boolean apply(ClaimInspection in, String owner, String repository) {
        String configured = owner + "/" + repository;
        String claimed = in.requiredNonEmpty("repository");
        boolean reported = false;
        if (claimed != null && claimed.indexOf('/') < 0) {
            in.fail("the token's `repository` claim " + QuotedValue.of(claimed) + " is not of the form owner/name");
            reported = true;
        } else if (claimed != null && !CaseRule.ASCII_CASE_INSENSITIVE.same(configured, claimed)) {
            in.fail("repository " + QuotedValue.of(claimed) + " does not match the configured " + QuotedValue.of(configured));
            reported = true;
        }
        String claimedOwner = in.requiredNonEmpty("repository_owner");
        if (claimedOwner != null && !reported && !CaseRule.ASCII_CASE_INSENSITIVE.same(owner, claimedOwner)) {
            in.fail("repository owner " + QuotedValue.of(claimedOwner) + " does not match the configured " + QuotedValue.of(owner));
        }
        return reported;
    }
}
