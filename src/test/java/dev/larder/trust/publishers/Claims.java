package dev.larder.trust.publishers;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Realistic claim sets, shaped like the tokens described in the clients spec §7 (GitHub,
 * GitLab, Google) and like Forgejo's and ActiveState's, with small immutable edits on top.
 */
final class Claims {
    static final String SHA = "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678";

    private final Map<String, Object> map;

    private Claims(Map<String, Object> map) {
        this.map = map;
    }

    /** A tag push of myorg/myproject running release.yml in environment "release". */
    static Claims github() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("iss", "https://token.actions.githubusercontent.com");
        m.put("aud", "larder");
        m.put("sub", "repo:myorg/myproject:environment:release");
        m.put("jti", "6f1f8e06-8e64-4c41-a5f4-8b8f6a0d3b11");
        m.put("iat", 1760000000L);
        m.put("nbf", 1759999700L);
        m.put("exp", 1760000300L);
        m.put("actor", "octocat");
        m.put("actor_id", "583231");
        m.put("base_ref", "");
        m.put("head_ref", "");
        m.put("check_run_id", "44012345678");
        m.put("event_name", "push");
        m.put("job_workflow_ref", "myorg/myproject/.github/workflows/release.yml@refs/tags/v1.2.0");
        m.put("job_workflow_sha", SHA);
        m.put("ref", "refs/tags/v1.2.0");
        m.put("ref_protected", "true");
        m.put("ref_type", "tag");
        m.put("repository", "myorg/myproject");
        m.put("repository_id", "456");
        m.put("repository_owner", "myorg");
        m.put("repository_owner_id", "123");
        m.put("repository_visibility", "public");
        m.put("run_attempt", "1");
        m.put("run_id", "9876543210");
        m.put("run_number", "42");
        m.put("runner_environment", "github-hosted");
        m.put("sha", SHA);
        m.put("workflow", "Release");
        m.put("workflow_ref", "myorg/myproject/.github/workflows/release.yml@refs/tags/v1.2.0");
        m.put("workflow_sha", SHA);
        m.put("environment", "release");
        m.put("environment_node_id", "EN_kwDOABCD1234");
        return new Claims(m);
    }

    /** A tag pipeline of group/sub/proj from .gitlab-ci.yml, environment "release", on gitlab.com. */
    static Claims gitlab() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("iss", "https://gitlab.com");
        m.put("aud", "larder");
        m.put("sub", "project_path:group/sub/proj:ref_type:tag:ref:v1.2.0");
        m.put("jti", "5a9b2f6e-1c3d-4e5f-8a7b-9c0d1e2f3a4b");
        m.put("iat", 1760000000L);
        m.put("nbf", 1759999995L);
        m.put("exp", 1760003600L);
        m.put("namespace_id", "72");
        m.put("namespace_path", "group/sub");
        m.put("project_id", "20");
        m.put("project_path", "group/sub/proj");
        m.put("user_id", "1");
        m.put("user_login", "alice");
        m.put("user_email", "alice@example.com");
        m.put("pipeline_id", "574");
        m.put("pipeline_source", "push");
        m.put("job_id", "302");
        m.put("ref", "v1.2.0");
        m.put("ref_type", "tag");
        m.put("ref_path", "refs/tags/v1.2.0");
        m.put("ref_protected", "true");
        m.put("environment", "release");
        m.put("environment_protected", "true");
        m.put("deployment_tier", "production");
        m.put("environment_action", "start");
        m.put("runner_id", "1");
        m.put("runner_environment", "gitlab-hosted");
        m.put("sha", SHA);
        m.put("ci_config_ref_uri", "gitlab.com/group/sub/proj//.gitlab-ci.yml@refs/tags/v1.2.0");
        m.put("ci_config_sha", SHA);
        m.put("project_visibility", "public");
        return new Claims(m);
    }

    /** A dedicated service account's identity token. */
    static Claims google() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("iss", "https://accounts.google.com");
        m.put("aud", "larder");
        m.put("azp", "104763491823456789012");
        m.put("email", "publisher@myproject.iam.gserviceaccount.com");
        m.put("email_verified", true);
        m.put("sub", "104763491823456789012");
        m.put("iat", 1760000000L);
        m.put("exp", 1760003600L);
        return new Claims(m);
    }

    /** A build of org/proj triggered by alice on the ActiveState Platform. */
    static Claims activeState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("iss", "https://platform.activestate.com/api/v1/oauth/oidc");
        m.put("aud", "larder");
        m.put("sub", "org:org:project:proj");
        m.put("organization", "org");
        m.put("organization_id", "8c3f1a4e-0d6b-4b7a-9e2f-1a2b3c4d5e6f");
        m.put("project", "proj");
        m.put("project_id", "2d4f6a8c-1b3d-4e5f-8a9b-0c1d2e3f4a5b");
        m.put("project_path", "org/proj");
        m.put("project_visibility", "private");
        m.put("actor", "alice");
        m.put("actor_id", "0b8e4c6a-1f0e-4c7e-9c1d-0d5b2a9e7f31");
        m.put("builder", "pypi-publisher");
        m.put("ingredient", "proj");
        m.put("artifact_id", "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b");
        m.put("iat", 1760000000L);
        m.put("exp", 1760000300L);
        return new Claims(m);
    }

    /** A tag push of owner/repo running .forgejo/workflows/release.yml on a Forgejo instance. */
    static Claims forgejo() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("iss", "https://codeberg.example/api/actions");
        m.put("aud", "larder");
        m.put("sub", "repo:owner/repo:ref:refs/tags/v1.2.0");
        m.put("iat", 1760000000L);
        m.put("nbf", 1760000000L);
        m.put("exp", 1760000300L);
        m.put("actor", "alice");
        m.put("actor_id", "7");
        m.put("base_ref", "");
        m.put("event_name", "push");
        m.put("head_ref", "");
        m.put("ref", "refs/tags/v1.2.0");
        m.put("ref_protected", "false");
        m.put("ref_type", "tag");
        m.put("repository", "owner/repo");
        m.put("repository_id", "31");
        m.put("repository_owner", "owner");
        m.put("repository_owner_id", "5");
        m.put("run_attempt", "1");
        m.put("run_id", "812");
        m.put("run_number", "12");
        m.put("sha", SHA);
        m.put("workflow", "release.yml");
        m.put("workflow_ref", "owner/repo/.forgejo/workflows/release.yml@refs/tags/v1.2.0");
        return new Claims(m);
    }

    Claims with(String claim, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(map);
        copy.put(claim, value);
        return new Claims(copy);
    }

    Claims without(String claim) {
        Map<String, Object> copy = new LinkedHashMap<>(map);
        copy.remove(claim);
        return new Claims(copy);
    }

    Map<String, Object> map() {
        return Collections.unmodifiableMap(map);
    }
}
