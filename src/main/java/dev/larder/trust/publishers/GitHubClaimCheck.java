package dev.larder.trust.publishers;

import java.util.List;

/**
 * Checks GitHub Actions claims against a {@link GitHubPublisher}: pypi.org's checks
 * (repository, owner, owner id, workflow, {@code event_name}, presence of {@code ref},
 * {@code sha} and {@code jti}, environment) plus Larder's (repository id pinning, ref
 * pattern, reusable workflows). The {@code sub} claim is ignored, as on pypi.org since
 * pypi/warehouse#19422, because organisations can customise its template.
 */
final class GitHubClaimCheck {
    private GitHubClaimCheck() {}

    static MatchResult check(GitHubPublisher spec, ClaimInspection in) {
        boolean repositoryReported = RepositoryCheck.apply(in, spec.owner(), spec.repository());
        in.checkPinnedId("repository_owner_id", spec.pinnedOwnerId(), "repository owner id",
                "was the account deleted and re-created?");
        in.checkPinnedId("repository_id", spec.pinnedRepositoryId(), "repository id",
                "was the repository deleted and re-created?");
        EventCheck.apply(in);
        String ref = in.requiredString("ref");
        String sha = in.requiredString("sha");
        WorkflowFileCheck files = new WorkflowFileCheck(in, spec.owner(), spec.repository(), List.of(".github/workflows"),
                spec.workflow(), new AllowedRefs("ref", ref, sha), repositoryReported);
        GitHubWorkflowCheck.apply(in, spec, files, new AllowedRefs("ref", ref, sha));
        EnvironmentCheck.apply(in, spec.environment(), CaseRule.CASE_INSENSITIVE, "", "");
        RefPatternCheck.apply(in, "ref", ref, spec.refPattern());
        in.requiredString("jti");
        return in.result(spec, spec.withPinnedIds(
                in.pinnedOr("repository_owner_id", spec.pinnedOwnerId()),
                in.pinnedOr("repository_id", spec.pinnedRepositoryId())));
    }
}
