package dev.larder.trust.publishers;

/**
 * Checks GitLab CI/CD claims against a {@link GitLabPublisher}: pypi.org's checks
 * ({@code project_path}, {@code ci_config_ref_uri}, presence of {@code ref_path}, {@code sha}
 * and {@code jti}, environment) without its {@code sub} check and with Larder's additions
 * (namespace and project id pinning, ref pattern). See {@link GitLabPublisher} for the case rules.
 */
final class GitLabClaimCheck {
    private GitLabClaimCheck() {}

    /** @param issuerUrl the issuer's URL, {@code null} if unknown (already a reason) */
    static MatchResult check(GitLabPublisher spec, ClaimInspection in, String issuerUrl) {
        String projectPath = in.requiredNonEmpty("project_path");
        boolean projectReported = false;
        if (projectPath != null && !CaseRule.ASCII_CASE_INSENSITIVE.same(spec.projectPath(), projectPath)) {
            in.fail("project_path " + QuotedValue.of(projectPath) + " does not match the configured " + QuotedValue.of(spec.projectPath()));
            projectReported = true;
        }
        in.checkPinnedId("namespace_id", spec.pinnedNamespaceId(), "namespace id",
                "was the group or user deleted and re-created?");
        in.checkPinnedId("project_id", spec.pinnedProjectId(), "project id", "was the project deleted and re-created?");
        String refPath = in.requiredString("ref_path");
        String sha = in.requiredString("sha");
        CiConfigRefCheck.apply(in, spec, issuerUrl, new AllowedRefs("ref_path", refPath, sha), projectReported);
        EnvironmentCheck.apply(in, spec.environment(), CaseRule.EXACT, " (GitLab environment names are case-sensitive)", "");
        RefPatternCheck.apply(in, "ref_path", refPath, spec.refPattern());
        in.requiredString("jti");
        return in.result(spec, spec.withPinnedIds(
                in.pinnedOr("namespace_id", spec.pinnedNamespaceId()),
                in.pinnedOr("project_id", spec.pinnedProjectId())));
    }
}
