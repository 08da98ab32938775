package dev.larder.devissuer;

import java.util.Objects;
import java.util.Optional;

/**
 * What the CI job that the development issuer pretends to be looks like: the repository, workflow,
 * ref and so on. Numeric ids are strings, as GitHub and GitLab send them.
 *
 * @param repository        {@code owner/repo} on GitHub, {@code namespace/project} on GitLab
 * @param repositoryOwnerId {@code repository_owner_id} (GitHub) or {@code namespace_id} (GitLab)
 * @param repositoryId      {@code repository_id} (GitHub) or {@code project_id} (GitLab)
 * @param workflow          the workflow file name under {@code .github/workflows/} (GitHub) or the
 *                          pipeline file path (GitLab)
 * @param ref               a full ref: {@code refs/heads/main}, {@code refs/tags/v1.0}
 * @param environment       the deployment environment the job runs in, if any
 * @param event             {@code event_name} (GitHub) or {@code pipeline_source} (GitLab)
 * @param runId             {@code run_id} (GitHub) or {@code pipeline_id} (GitLab)
 */
public record DevClaims(CiShape shape, String repository, String repositoryOwnerId, String repositoryId, String workflow,
                        String ref, String sha, Optional<String> environment, String event, String runId, String actor) {
    public DevClaims {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(environment, "environment");
        int slash = repository.lastIndexOf('/');
        if (slash <= 0 || slash == repository.length() - 1) {
            throw new IllegalArgumentException("the repository must be OWNER/NAME, not '" + repository + "'");
        }
        for (String value : new String[] {repositoryOwnerId, repositoryId, workflow, ref, sha, event, runId, actor}) {
            Objects.requireNonNull(value);
        }
    }

    /** A push to {@code main} of {@code myorg/myproject}, running {@code release.yml}, no environment. */
    public static DevClaims github() {
        return new DevClaims(CiShape.GITHUB, "myorg/myproject", "1000001", "1000002", CiShape.GITHUB.defaultWorkflow(),
                "refs/heads/main", "0123456789abcdef0123456789abcdef01234567", Optional.empty(), "push", "1", "myorg");
    }

    /** The same job on GitLab, running {@code .gitlab-ci.yml}. */
    public static DevClaims gitlab() {
        DevClaims github = github();
        return new DevClaims(CiShape.GITLAB, github.repository, github.repositoryOwnerId, github.repositoryId,
                CiShape.GITLAB.defaultWorkflow(), github.ref, github.sha, Optional.empty(), github.event, github.runId,
                github.actor);
    }

    public DevClaims withRepository(String ownerSlashName) {
        return new DevClaims(shape, ownerSlashName, repositoryOwnerId, repositoryId, workflow, ref, sha, environment, event,
                runId, actor);
    }

    public DevClaims withEnvironment(String name) {
        return new DevClaims(shape, repository, repositoryOwnerId, repositoryId, workflow, ref, sha, Optional.of(name),
                event, runId, actor);
    }

    /** The part of {@link #repository} before its last slash: the GitHub owner or GitLab namespace. */
    public String owner() {
        return repository.substring(0, repository.lastIndexOf('/'));
    }

    /** {@code branch} or {@code tag}, from the ref. */
    String refType() {
        return ref.startsWith("refs/tags/") ? "tag" : "branch";
    }

    /** The ref without {@code refs/heads/} or {@code refs/tags/}, as GitLab's {@code ref} claim has it. */
    String refName() {
        return ref.replaceFirst("^refs/(heads|tags)/", "");
    }
}
