package dev.larder.trust.publishers;

import dev.larder.trust.oidc.IssuerType;
import java.util.Objects;

/**
 * A GitLab CI/CD pipeline trusted to publish, on gitlab.com or a self-managed GitLab.
 *
 * <p>How each part is matched (see {@link PublisherMatcher}):
 * <ul>
 *   <li>{@code namespace} (may contain {@code /} for subgroups) and {@code project}: against
 *       {@code project_path} and the project part of {@code ci_config_ref_uri}, <b>ignoring
 *       ASCII case</b> in both. GitLab routes paths case-insensitively and never has two
 *       that differ only in case. pypi.org finds the publisher case-insensitively but then
 *       checks {@code ci_config_ref_uri} against the stored casing, so a publisher stored
 *       as {@code coBib/cobib} is found and then fails; Larder does not copy that quirk.</li>
 *   <li>{@code ciFilePath}: the top-level pipeline file, e.g. {@code .gitlab-ci.yml} or
 *       {@code ci/release.yml}, compared <b>exactly</b> (git paths are case-sensitive).
 *       Tokens name the top-level pipeline only, so any job in an included file can also
 *       obtain a matching token; protected environments and tags are the real defence.</li>
 *   <li>{@code environment}: {@code ""} accepts any; otherwise compared <b>exactly</b>, as
 *       pypi.org does: GitLab environment names are case-sensitive, so {@code Production} and
 *       {@code production} may be different environments with different protections.</li>
 *   <li>{@code refPattern}: {@code ""} accepts any ref; otherwise a {@link GlobPattern} the
 *       {@code ref_path} claim (e.g. {@code refs/tags/v1.0}) must match. A Larder addition.</li>
 *   <li>{@code pinnedNamespaceId}, {@code pinnedProjectId}: {@code ""} until first use, then
 *       the token's {@code namespace_id} and {@code project_id}. pypi.org deliberately checks
 *       neither (pypi/warehouse#15643) and so trusts a deleted and re-created namespace of
 *       the same name; Larder pins them like GitHub's ids.</li>
 * </ul>
 * The host part of {@code ci_config_ref_uri} must be the issuer URL without its scheme,
 * as on pypi.org. The {@code sub} claim is not checked: it only repeats {@code project_path}
 * (which is checked) and projects can customise its template, which is why pypi.org stopped
 * checking GitHub's {@code sub}.
 */
public record GitLabPublisher(
        String namespace,
        String project,
        String ciFilePath,
        String environment,
        String refPattern,
        String pinnedNamespaceId,
        String pinnedProjectId) implements PublisherSpec {

    public GitLabPublisher {
        Required.text("namespace", namespace);
        Required.text("project", project);
        Required.text("ciFilePath", ciFilePath);
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(refPattern, "refPattern");
        Objects.requireNonNull(pinnedNamespaceId, "pinnedNamespaceId");
        Objects.requireNonNull(pinnedProjectId, "pinnedProjectId");
    }

    /** A publisher with no ref pattern and nothing pinned yet. */
    public GitLabPublisher(String namespace, String project, String ciFilePath, String environment) {
        this(namespace, project, ciFilePath, environment, "", "", "");
    }

    @Override
    public IssuerType kind() {
        return IssuerType.GITLAB;
    }

    /** {@code namespace/project}, as configured. */
    public String projectPath() {
        return namespace + "/" + project;
    }

    /** This publisher with the given ids pinned. */
    public GitLabPublisher withPinnedIds(String namespaceId, String projectId) {
        return new GitLabPublisher(namespace, project, ciFilePath, environment, refPattern, namespaceId, projectId);
    }

    @Override
    public String describe() {
        return "GitLab " + projectPath() + ", CI file " + ciFilePath
                + SpecText.environment(environment) + SpecText.refPattern(refPattern);
    }

    @Override
    public String configurationKey() {
        return ConfigurationKey.of(kind(), CaseRule.fold(namespace), CaseRule.fold(project), ciFilePath, environment, refPattern);
    }
}
