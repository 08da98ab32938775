package dev.larder.trust.publishers;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a workflow reference claim names a publisher's own workflow file, for GitHub and
 * Forgejo, and if not, what differs.
 *
 * <p>A claim names the configured workflow when it is exactly
 * {@code OWNER/REPO/DIR/WORKFLOW@X} where OWNER/REPO is the configured repository (ASCII case
 * ignored), DIR one of the provider's workflow directories, WORKFLOW the configured file name
 * (exact) and X the token's {@code ref} or {@code sha}, as on pypi.org. The sha is accepted
 * because for some events (a deployment of a commit) GitHub leaves {@code ref} empty.
 */
final class WorkflowFileCheck {
    private static final Pattern REF_OR_SHA = Pattern.compile("refs/.+|[0-9a-fA-F]{40}|[0-9a-fA-F]{64}");

    private final ClaimInspection in;
    private final String owner;
    private final String repository;
    private final List<String> directories;
    private final String workflow;
    private final AllowedRefs refs;
    private final boolean repositoryAlreadyReported;

    /**
     * @param refs the token's {@code ref} and {@code sha}
     * @param repositoryAlreadyReported whether the {@code repository} claim already failed, so
     *     that the same wrong repository is not reported once per claim
     */
    WorkflowFileCheck(ClaimInspection in, String owner, String repository, List<String> directories, String workflow,
            AllowedRefs refs, boolean repositoryAlreadyReported) {
        this.in = in;
        this.owner = owner;
        this.repository = repository;
        this.directories = directories;
        this.workflow = workflow;
        this.refs = refs;
        this.repositoryAlreadyReported = repositoryAlreadyReported;
    }

    boolean namesConfiguredWorkflow(String value) {
        String[] parts = value.split("/", 3);
        if (parts.length < 3 || !CaseRule.ASCII_CASE_INSENSITIVE.same(owner, parts[0])
                || !CaseRule.ASCII_CASE_INSENSITIVE.same(repository, parts[1])) {
            return false;
        }
        for (String directory : directories) {
            for (String at : refs.values()) {
                if (parts[2].equals(directory + "/" + workflow + "@" + at)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code value} names {@code workflowPath} ({@code OWNER/REPO/.github/workflows/FILE})
     * at any branch, tag or commit: the calling workflow chooses that ref, so it is not checked.
     */
    static boolean namesAtAnyRef(String value, String workflowPath) {
        String[] wanted = workflowPath.split("/", 3);
        String[] parts = value.split("/", 3);
        if (wanted.length < 3 || parts.length < 3 || !CaseRule.ASCII_CASE_INSENSITIVE.same(wanted[0], parts[0])
                || !CaseRule.ASCII_CASE_INSENSITIVE.same(wanted[1], parts[1]) || !parts[2].startsWith(wanted[2] + "@")) {
            return false;
        }
        return REF_OR_SHA.matcher(parts[2].substring(wanted[2].length() + 1)).matches();
    }

    /** Records why {@code value}, from {@code claim}, does not name the configured workflow. */
    void explain(String claim, String value) {
        int before = in.reasonCount();
        String shown = claim + " " + QuotedValue.of(value);
        Optional<WorkflowRef> parsed = WorkflowRef.parse(value);
        if (parsed.isEmpty() || !directories.contains(parsed.get().directory())) {
            in.fail(shown + " is not of the form owner/repository/" + directories.get(0) + "/file@ref");
            return;
        }
        WorkflowRef named = parsed.get();
        String configuredRepository = owner + "/" + repository;
        if (!repositoryAlreadyReported && !CaseRule.ASCII_CASE_INSENSITIVE.same(configuredRepository, named.repositoryPath())) {
            in.fail(shown + " names repository " + QuotedValue.of(named.repositoryPath()) + ", not the configured "
                    + QuotedValue.of(configuredRepository));
        }
        if (!named.fileName().equals(workflow)) {
            in.fail("workflow " + QuotedValue.of(named.fileName()) + " (from " + shown + ") does not match the configured "
                    + QuotedValue.of(workflow)
                    + (named.fileName().equalsIgnoreCase(workflow) ? " (workflow file names are case-sensitive)" : ""));
        } else if (!refs.values().contains(named.ref())) {
            in.fail(shown + " is at " + QuotedValue.of(named.ref()) + ", which is " + refs.describe());
        }
        if (in.reasonCount() == before && !repositoryAlreadyReported) {
            in.fail(shown + " does not name the configured workflow " + QuotedValue.of(directories.get(0) + "/" + workflow));
        }
    }

}
