package dev.larder.trust.publishers;

import dev.larder.trust.oidc.IssuerType;
import java.util.Objects;

/**
 * A Forgejo (or Gitea-compatible) Actions workflow trusted to publish.
 *
 * <p>Forgejo's ID tokens are GitHub-shaped but smaller. Read from Forgejo's source
 * ({@code services/actions/auth.go}, {@code context.go}), they carry {@code repository}
 * ({@code owner/name}), {@code repository_owner}, {@code workflow_ref}
 * ({@code owner/name/DIR/FILE@REF} where DIR is {@code .forgejo/workflows},
 * {@code .gitea/workflows} or {@code .github/workflows}), {@code ref}, {@code sha},
 * {@code event_name}, {@code actor}, {@code run_id} and similar, and in recent versions
 * {@code repository_id}, {@code repository_owner_id} and {@code actor_id}. Every value is a
 * string and may be empty. They carry <b>no</b> {@code job_workflow_ref}, {@code environment}
 * or {@code jti}; inside a called reusable workflow {@code event_name} is
 * {@code workflow_call} and {@code workflow_ref} still names the caller.
 *
 * <p>So Larder relies, conservatively, on:
 * <ul>
 *   <li>{@code repository} and {@code repository_owner}, <b>ignoring ASCII case</b> (Forgejo
 *       keeps user and repository names unique case-insensitively);</li>
 *   <li>the workflow file named by {@code workflow_ref} and, if an issuer sends it, by
 *       {@code job_workflow_ref}: at least one must be present, each present one must name
 *       {@code workflow} (compared exactly) in one of the three workflow directories of the
 *       configured repository, at the token's {@code ref} or {@code sha};</li>
 *   <li>{@code event_name}, which must not be {@code pull_request_target};</li>
 *   <li>{@code ref} against {@code refPattern}, as for GitHub;</li>
 *   <li>{@code environment}, compared ignoring case as for GitHub, only if configured. Current
 *       Forgejo tokens do not carry it, so such a publisher cannot match them yet;</li>
 *   <li>{@code repository_owner_id} and {@code repository_id}, pinned on first use when the
 *       token carries them (non-empty). Once pinned they are required. Older Forgejo
 *       versions do not send them; such tokens get no protection against re-registered
 *       names.</li>
 * </ul>
 */
public record ForgejoPublisher(
        String owner,
        String repository,
        String workflow,
        String environment,
        String refPattern,
        String pinnedOwnerId,
        String pinnedRepositoryId) implements PublisherSpec {

    public ForgejoPublisher {
        Required.text("owner", owner);
        Required.text("repository", repository);
        Required.text("workflow", workflow);
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(refPattern, "refPattern");
        Objects.requireNonNull(pinnedOwnerId, "pinnedOwnerId");
        Objects.requireNonNull(pinnedRepositoryId, "pinnedRepositoryId");
    }

    /** A publisher with nothing pinned yet. */
    public ForgejoPublisher(String owner, String repository, String workflow, String environment, String refPattern) {
        this(owner, repository, workflow, environment, refPattern, "", "");
    }

    @Override
    public IssuerType kind() {
        return IssuerType.FORGEJO;
    }

    /** {@code owner/repository}, as configured. */
    public String repositoryPath() {
        return owner + "/" + repository;
    }

    /** This publisher with the given ids pinned ({@code ""} for one the token did not carry). */
    public ForgejoPublisher withPinnedIds(String ownerId, String repositoryId) {
        return new ForgejoPublisher(owner, repository, workflow, environment, refPattern, ownerId, repositoryId);
    }

    @Override
    public String describe() {
        return "Forgejo " + repositoryPath() + ", workflow " + workflow
                + SpecText.environment(environment) + SpecText.refPattern(refPattern);
    }

    @Override
    public String configurationKey() {
        return ConfigurationKey.of(kind(), CaseRule.fold(owner), CaseRule.fold(repository), workflow,
                CaseRule.lower(environment), refPattern);
    }
}
