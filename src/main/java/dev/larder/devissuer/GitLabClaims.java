package dev.larder.devissuer;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/** The job claims of a GitLab CI id_token, as listed in GitLab's documentation. */
final class GitLabClaims {
    private GitLabClaims() {
    }

    static Map<String, Object> of(DevClaims job, String issuerUrl) {
        URI issuer = URI.create(issuerUrl);
        // GitLab writes the instance's host (with port) in front of the project, without the scheme.
        String instance = issuer.getRawAuthority() + (issuer.getRawPath() == null ? "" : issuer.getRawPath());
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", "project_path:" + job.repository() + ":ref_type:" + job.refType() + ":ref:" + job.refName());
        claims.put("namespace_id", job.repositoryOwnerId());
        claims.put("namespace_path", job.owner());
        claims.put("project_id", job.repositoryId());
        claims.put("project_path", job.repository());
        claims.put("project_visibility", "public");
        claims.put("user_id", "1");
        claims.put("user_login", job.actor());
        claims.put("pipeline_id", job.runId());
        claims.put("pipeline_source", job.event());
        claims.put("job_id", job.runId());
        claims.put("ref", job.refName());
        claims.put("ref_type", job.refType());
        claims.put("ref_path", job.ref());
        claims.put("ref_protected", "true");
        claims.put("runner_id", "1");
        claims.put("runner_environment", "gitlab-hosted");
        claims.put("sha", job.sha());
        claims.put("ci_config_ref_uri", instance + "/" + job.repository() + "//" + job.workflow() + "@" + job.ref());
        claims.put("ci_config_sha", job.sha());
        job.environment().ifPresent(e -> {
            claims.put("environment", e);
            claims.put("environment_protected", "false");
            claims.put("deployment_tier", "other");
        });
        return claims;
    }
}
