package dev.larder.trust.publishers;

import dev.larder.trust.oidc.IssuerType;
import java.util.Objects;

/**
 * A GitHub Actions workflow trusted to publish, on github.com or a GitHub Enterprise Server
 * (whose tokens have the same claims; which issuer a publisher belongs to is the caller's
 * business).
 *
 * <p>How each part is matched against a token (see {@link PublisherMatcher} for the checks):
 * <ul>
 *   <li>{@code owner}, {@code repository}: against the {@code repository} and
 *       {@code repository_owner} claims and the repository part of {@code job_workflow_ref},
 *       <b>ignoring ASCII case</b>. GitHub itself treats these names case-insensitively (it
 *       never has two owners or two repositories of one owner that differ only in case), and
 *       the token carries GitHub's canonical spelling, which may differ from what the user
 *       typed. pypi.org is effectively case-sensitive here by accident (its lookup is a
 *       case-sensitive SQL equality, see pypi/warehouse#15498); Larder does not copy that.
 *       What protects against a deleted name being re-registered is the pinned ids below,
 *       not the spelling.</li>
 *   <li>{@code workflow}: the file name of the <em>top-level</em> workflow in
 *       {@code .github/workflows/}, compared <b>exactly</b>: git paths are case-sensitive,
 *       so {@code Release.yml} and {@code release.yml} can be two different files.</li>
 *   <li>{@code environment}: {@code ""} accepts any environment or none; otherwise the token
 *       must name it, <b>ignoring case</b> as GitHub does for environment names.
 *       {@link PublisherForm} stores it lowercased, like pypi.org, but the comparison does not
 *       rely on that, so a value stored with other casing still matches (unlike pypi.org's
 *       "constrain environment" quirk).</li>
 *   <li>{@code refPattern}: {@code ""} accepts any ref; otherwise a {@link GlobPattern} the
 *       {@code ref} claim must match, e.g. {@code refs/tags/v*}. A Larder addition.</li>
 *   <li>{@code reusableWorkflow}: {@code ""} means the publishing job must be defined in
 *       {@code workflow} itself; otherwise {@code owner/repo/.github/workflows/file.yml}, a
 *       reusable workflow that {@code workflow} may call to run the publishing job. A Larder
 *       addition; pypi.org does not support reusable workflows.</li>
 *   <li>{@code pinnedOwnerId}, {@code pinnedRepositoryId}: {@code ""} until the publisher is
 *       first used, then the {@code repository_owner_id} and {@code repository_id} of that
 *       token. Later tokens must carry the same ids, so a deleted account or repository whose
 *       name someone else registers again cannot publish. pypi.org pins the owner id at
 *       registration through GitHub's API; Larder may run where GitHub's API is unreachable,
 *       so it pins on first use, and leaves a window between registration and first use.</li>
 * </ul>
 */
public record GitHubPublisher(
        String owner,
        String repository,
        String workflow,
        String environment,
        String refPattern,
        String reusableWorkflow,
        String pinnedOwnerId,
        String pinnedRepositoryId) implements PublisherSpec {

    public GitHubPublisher {
        Required.text("owner", owner);
        Required.text("repository", repository);
        Required.text("workflow", workflow);
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(refPattern, "refPattern");
        Objects.requireNonNull(reusableWorkflow, "reusableWorkflow");
        Objects.requireNonNull(pinnedOwnerId, "pinnedOwnerId");
        Objects.requireNonNull(pinnedRepositoryId, "pinnedRepositoryId");
    }

    /** A publisher with no ref pattern, no reusable workflow and nothing pinned yet. */
    public GitHubPublisher(String owner, String repository, String workflow, String environment) {
        this(owner, repository, workflow, environment, "", "", "", "");
    }

    @Override
    public IssuerType kind() {
        return IssuerType.GITHUB;
    }

    /** {@code owner/repository}, as configured. */
    public String repositoryPath() {
        return owner + "/" + repository;
    }

    /** This publisher with the given ids pinned. */
    public GitHubPublisher withPinnedIds(String ownerId, String repositoryId) {
        return new GitHubPublisher(owner, repository, workflow, environment, refPattern, reusableWorkflow, ownerId, repositoryId);
    }

    @Override
    public String describe() {
        return "GitHub " + repositoryPath() + ", workflow " + workflow
                + SpecText.environment(environment) + SpecText.refPattern(refPattern)
                + (reusableWorkflow.isEmpty() ? "" : ", reusable workflow " + reusableWorkflow);
    }

    @Override
    public String configurationKey() {
        return ConfigurationKey.of(kind(), CaseRule.fold(owner), CaseRule.fold(repository), workflow,
                CaseRule.lower(environment), refPattern, reusableWorkflowKey());
    }

    private String reusableWorkflowKey() {
        String[] parts = reusableWorkflow.split("/", 3);
        return parts.length == 3 ? CaseRule.fold(parts[0]) + "/" + CaseRule.fold(parts[1]) + "/" + parts[2] : reusableWorkflow;
    }
}
