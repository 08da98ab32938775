package dev.larder.trust.publishers;

/**
 * Which workflow ran the publishing job, from GitHub's {@code job_workflow_ref} and
 * {@code workflow_ref} claims.
 *
 * <p>GitHub's semantics: {@code workflow_ref} names the top-level workflow that was
 * triggered (the caller); {@code job_workflow_ref} names the file that defines the job that
 * asked for the token. They are equal unless the job comes from a reusable workflow, in which
 * case {@code job_workflow_ref} is the called file, in any repository, at the ref the caller
 * chose ({@code uses: org/shared/.github/workflows/pypi.yml@v1}).
 *
 * <p>Larder's rule, deliberately stricter and more explicit than pypi.org's (which looks only
 * at {@code job_workflow_ref}, and so accidentally accepts a same-repository reusable workflow
 * configured under the called file's name, while refusing every other reusable workflow):
 * <ol>
 *   <li>The configured {@code workflow} is always the top-level workflow of the configured
 *       repository. If the token has a {@code workflow_ref}, it must name that file at the
 *       token's ref or sha.</li>
 *   <li>The job may be defined in that workflow itself: {@code job_workflow_ref} names the
 *       same file at the token's ref or sha (pypi.org's check). Tokens without
 *       {@code workflow_ref} (older GitHub Enterprise Servers) are judged by this alone.</li>
 *   <li>Or, only when {@code reusableWorkflow} is configured, the job may come from that
 *       reusable workflow: {@code job_workflow_ref} is {@code reusableWorkflow@REF} where REF
 *       is any {@code refs/...} or commit sha (chosen by the trusted caller, so not checked),
 *       and {@code workflow_ref} must then be present and name the configured workflow, so
 *       that nobody else's workflow can call the same reusable one to publish.</li>
 * </ol>
 * So a same-repository reusable workflow must be configured as such too, rather than
 * accepted by accident; the reason then says exactly what to configure.
 */
final class GitHubWorkflowCheck {
    private GitHubWorkflowCheck() {}

    static void apply(ClaimInspection in, GitHubPublisher spec, WorkflowFileCheck files, AllowedRefs refs) {
        String job = in.requiredNonEmpty("job_workflow_ref");
        String caller = in.optionalString("workflow_ref");
        boolean callerPresent = caller != null && !caller.isEmpty();
        if (refs.values().isEmpty()) {
            if (refs.bothEmpty()) {
                in.fail(refs.bothEmptyReason("workflow"));
            }
            return;
        }
        if (job == null) {
            if (callerPresent && !files.namesConfiguredWorkflow(caller)) {
                files.explain("workflow_ref", caller);
            }
            return;
        }
        boolean jobIsOwn = files.namesConfiguredWorkflow(job);
        boolean callerIsOwn = callerPresent && files.namesConfiguredWorkflow(caller);
        String reusable = spec.reusableWorkflow();
        boolean jobIsAllowedReusable = !reusable.isEmpty() && WorkflowFileCheck.namesAtAnyRef(job, reusable);

        if ((jobIsOwn && (!callerPresent || callerIsOwn)) || (jobIsAllowedReusable && callerIsOwn)) {
            return;
        }
        if (jobIsAllowedReusable) {
            explainMissingOrWrongCaller(in, files, caller, job);
        } else if (jobIsOwn) {
            explainConfiguredWorkflowWasCalled(in, spec, files, caller);
        } else if (callerPresent && !caller.equals(job)) {
            if (!callerIsOwn) {
                files.explain("workflow_ref", caller);
            }
            String called = WorkflowRef.parse(job).map(WorkflowRef::withoutRef).orElse(job);
            in.fail("the publishing job comes from the reusable workflow " + QuotedValue.of(job)
                    + " (job_workflow_ref), which this publisher does not allow"
                    + (reusable.isEmpty()
                            ? "; to allow it, set the publisher's reusable workflow to " + QuotedValue.of(called)
                            : "; it allows only " + QuotedValue.of(reusable)));
        } else {
            files.explain("job_workflow_ref", job);
        }
    }

    private static void explainMissingOrWrongCaller(ClaimInspection in, WorkflowFileCheck files, String caller, String job) {
        if (caller != null && !caller.isEmpty()) {
            files.explain("workflow_ref", caller);
        } else if (!in.isPresent("workflow_ref")) {
            in.fail("the token has no `workflow_ref` claim, so the workflow that called the reusable workflow "
                    + QuotedValue.of(job) + " cannot be checked");
        } else if (caller != null) {
            in.fail("the token's `workflow_ref` claim is empty, so the workflow that called the reusable workflow "
                    + QuotedValue.of(job) + " cannot be checked");
        }
    }

    /** The configured file defined the job, but another top-level workflow called it. */
    private static void explainConfiguredWorkflowWasCalled(ClaimInspection in, GitHubPublisher spec, WorkflowFileCheck files,
            String caller) {
        boolean sameFileOtherRef = WorkflowRef.parse(caller)
                .filter(w -> CaseRule.ASCII_CASE_INSENSITIVE.same(spec.repositoryPath(), w.repositoryPath()))
                .filter(w -> w.path().equals(".github/workflows/" + spec.workflow()))
                .isPresent();
        if (sameFileOtherRef) {
            files.explain("workflow_ref", caller);
            return;
        }
        String callerFile = WorkflowRef.parse(caller).map(WorkflowRef::fileName).orElse(caller);
        in.fail("workflow " + QuotedValue.of(spec.workflow()) + " ran as a reusable workflow called from "
                + QuotedValue.of(caller) + " (workflow_ref); a publisher's workflow must be the calling workflow: configure "
                + QuotedValue.of(callerFile) + " as the workflow and "
                + QuotedValue.of(spec.repositoryPath() + "/.github/workflows/" + spec.workflow()) + " as the reusable workflow");
    }
}
