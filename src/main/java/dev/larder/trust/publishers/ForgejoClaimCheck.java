package dev.larder.trust.publishers;

import java.util.List;

/** Checks Forgejo Actions claims against a {@link ForgejoPublisher}; see there for what Forgejo sends and why each check is made. */
final class ForgejoClaimCheck {
    /** Where Forgejo reads workflows from, in its order of preference. */
    static final List<String> WORKFLOW_DIRECTORIES = List.of(".forgejo/workflows", ".gitea/workflows", ".github/workflows");

    private ForgejoClaimCheck() {}

    static MatchResult check(ForgejoPublisher spec, ClaimInspection in) {
        boolean repositoryReported = RepositoryCheck.apply(in, spec.owner(), spec.repository());
        in.checkPinnedIdIfPresent("repository_owner_id", spec.pinnedOwnerId(), "repository owner id",
                "was the account deleted and re-created?");
        in.checkPinnedIdIfPresent("repository_id", spec.pinnedRepositoryId(), "repository id",
                "was the repository deleted and re-created?");
        EventCheck.apply(in);
        String ref = in.requiredString("ref");
        String sha = in.requiredString("sha");
        WorkflowFileCheck files = new WorkflowFileCheck(in, spec.owner(), spec.repository(), WORKFLOW_DIRECTORIES,
                spec.workflow(), new AllowedRefs("ref", ref, sha), repositoryReported);
        checkWorkflow(in, files, new AllowedRefs("ref", ref, sha));
        EnvironmentCheck.apply(in, spec.environment(), CaseRule.CASE_INSENSITIVE, "",
                " (Forgejo Actions tokens do not carry the job's environment; remove the environment from this publisher)");
        RefPatternCheck.apply(in, "ref", ref, spec.refPattern());
        return in.result(spec, spec.withPinnedIds(
                in.pinnedOr("repository_owner_id", spec.pinnedOwnerId()),
                in.pinnedOr("repository_id", spec.pinnedRepositoryId())));
    }

    /**
     * At least one of {@code workflow_ref} and {@code job_workflow_ref} must be there, and
     * each one that is must name the configured workflow: Forgejo has no way to configure a
     * reusable workflow, so a job from one is only accepted when it is the configured file.
     */
    private static void checkWorkflow(ClaimInspection in, WorkflowFileCheck files, AllowedRefs refs) {
        String caller = in.optionalString("workflow_ref");
        String job = in.optionalString("job_workflow_ref");
        boolean hasCaller = caller != null && !caller.isEmpty();
        boolean hasJob = job != null && !job.isEmpty();
        if (!hasCaller && !hasJob) {
            if (!in.isPresent("workflow_ref") && !in.isPresent("job_workflow_ref")) {
                in.fail("the token has neither a `workflow_ref` nor a `job_workflow_ref` claim, so its workflow file cannot be checked");
            } else if ("".equals(caller) || "".equals(job)) {
                in.fail("the token's " + ("".equals(caller) ? "`workflow_ref`" : "`job_workflow_ref`")
                        + " claim is empty, so its workflow file cannot be checked");
            }
            return;
        }
        if (refs.values().isEmpty()) {
            if (refs.bothEmpty()) {
                in.fail(refs.bothEmptyReason("workflow"));
            }
            return;
        }
        if (hasCaller && !files.namesConfiguredWorkflow(caller)) {
            files.explain("workflow_ref", caller);
        }
        if (hasJob && !job.equals(caller) && !files.namesConfiguredWorkflow(job)) {
            files.explain("job_workflow_ref", job);
        }
    }
}
