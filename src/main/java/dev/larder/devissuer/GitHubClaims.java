package dev.larder.devissuer;

import java.util.LinkedHashMap;
import java.util.Map;

/** The job claims of a GitHub Actions token, as listed in GitHub's OIDC documentation. */
final class GitHubClaims {
    private GitHubClaims() {
    }

    static Map<String, Object> of(DevClaims job) {
        String workflowRef = job.repository() + "/.github/workflows/" + job.workflow() + "@" + job.ref();
        Map<String, Object> claims = new LinkedHashMap<>();
        // GitHub's default sub names the environment instead of the ref when the job has one.
        claims.put("sub", "repo:" + job.repository() + job.environment().map(e -> ":environment:" + e)
                .orElse(":ref:" + job.ref()));
        claims.put("repository", job.repository());
        claims.put("repository_owner", job.owner());
        claims.put("repository_owner_id", job.repositoryOwnerId());
        claims.put("repository_id", job.repositoryId());
        claims.put("repository_visibility", "public");
        claims.put("actor", job.actor());
        claims.put("actor_id", job.repositoryOwnerId());
        claims.put("workflow", displayName(job.workflow()));
        claims.put("workflow_ref", workflowRef);
        claims.put("workflow_sha", job.sha());
        claims.put("job_workflow_ref", workflowRef);
        claims.put("job_workflow_sha", job.sha());
        claims.put("ref", job.ref());
        claims.put("ref_type", job.refType());
        claims.put("ref_protected", "false");
        claims.put("sha", job.sha());
        claims.put("event_name", job.event());
        claims.put("head_ref", "");
        claims.put("base_ref", "");
        claims.put("run_id", job.runId());
        claims.put("run_number", "1");
        claims.put("run_attempt", "1");
        claims.put("runner_environment", "github-hosted");
        job.environment().ifPresent(e -> claims.put("environment", e));
        return claims;
    }

    /** GitHub's {@code workflow} claim is the workflow's name, not its file: "release.yml" becomes "release". */
    private static String displayName(String file) {
        return file.replaceFirst("\\.ya?ml$", "");
    }
}
