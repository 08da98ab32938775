/**
 * Trusted publishers: which CI workloads may publish a project, and whether a verified OIDC
 * token comes from one of them. Pure Java: no database, no web, no network.
 *
 * <p>The parts, in the order a request meets them:
 * <ul>
 *   <li>{@link dev.larder.trust.publishers.PublisherForm} turns a registration (the
 *       Management API's fields) into a {@link dev.larder.trust.publishers.PublisherSpec}, or
 *       into {@link dev.larder.trust.publishers.FieldError}s worded for a person;</li>
 *   <li>{@link dev.larder.trust.publishers.PublisherJson} stores and loads specs;</li>
 *   <li>{@link dev.larder.trust.publishers.PublisherMatcher} checks one spec against a
 *       verified token's claims, returning a match (with ids to pin) or reasons in plain words;</li>
 *   <li>{@link dev.larder.trust.publishers.PublisherSelector} picks among the candidate specs
 *       of the token's issuer, and summarises a failure without revealing other projects'
 *       configuration.</li>
 * </ul>
 * Token verification (signature, issuer, audience, lifetime, {@code jti} replay) happens
 * before, in {@code dev.larder.trust.oidc}; minting the short-lived API token after.
 *
 * <h2>Decisions on pypi.org's behaviour</h2>
 * The rules follow pypi.org (pypi/warehouse, as described in the team's trusted-publishing
 * spec) except where its behaviour is accidental or where Larder adds something. Each
 * decision is explained where it is implemented; in short:
 * <ul>
 *   <li><b>Case.</b> Names that the platform treats case-insensitively are compared
 *       ignoring ASCII case: GitHub and Forgejo owners and repositories, GitLab namespaces
 *       and projects (everywhere, including {@code ci_config_ref_uri}), Google e-mail
 *       addresses. File paths (workflows, GitLab CI files) are exact, because git paths are
 *       case-sensitive. GitHub environments ignore case, as on GitHub and pypi.org; GitLab
 *       environments are exact, as on GitLab and pypi.org; ActiveState is exact. pypi.org is
 *       effectively case-sensitive for GitHub owner/repository and half case-insensitive for
 *       GitLab projects, by accident (see {@link dev.larder.trust.publishers.GitHubPublisher},
 *       {@link dev.larder.trust.publishers.GitLabPublisher}).</li>
 *   <li><b>Claims of the wrong type</b> (a numeric id, a repository without {@code /}, a
 *       list where a string belongs) are reasons, never exceptions; pypi.org fails on some
 *       of them with a server error.</li>
 *   <li><b>Resurrection.</b> Immutable ids are pinned on first use and required to stay
 *       the same afterwards: GitHub owner and repository ids, GitLab namespace and project
 *       ids (pypi.org checks neither), the ActiveState actor id, Forgejo's ids when it sends
 *       them, and any declared claim of a generic OIDC publisher. pypi.org resolves the
 *       GitHub owner id through GitHub's API at registration; Larder may not reach such APIs,
 *       so a registration is open to a re-registered name until its first use.</li>
 *   <li><b>Reusable GitHub workflows</b> are supported explicitly, and the configured
 *       workflow is always the caller; pypi.org refuses them except for an accidental
 *       same-repository case (see {@link dev.larder.trust.publishers.GitHubWorkflowCheck}).</li>
 *   <li><b>{@code pull_request_target}</b> is never allowed to publish, on GitHub as on
 *       pypi.org, and on Forgejo too.</li>
 *   <li><b>{@code sub}</b> is not checked for GitHub (customisable, as pypi.org decided),
 *       GitLab (customisable, and only repeats {@code project_path}) or ActiveState (only
 *       repeats organization and project).</li>
 *   <li><b>Environments.</b> A publisher without one accepts any, and the match carries a
 *       notice suggesting to require the environment used (pypi.org e-mails the owners). A
 *       stored GitHub environment matches ignoring case however it was stored, so pypi.org's
 *       "constrain environment" quirk (stored with the claim's casing, then never found)
 *       cannot happen. Among matching publishers, one requiring the token's environment is
 *       preferred to one accepting any, as on pypi.org.</li>
 *   <li><b>{@code jti}</b> must be present in GitHub and GitLab tokens, as on pypi.org;
 *       replay is checked by token verification.</li>
 *   <li><b>GitHub Enterprise Server</b> tokens have github.com's claims and use
 *       {@link dev.larder.trust.publishers.GitHubPublisher} too (pypi.org refuses them).
 *       Which issuer a stored publisher belongs to is the caller's to record and enforce.</li>
 *   <li><b>Self-managed GitLab</b>: the host in {@code ci_config_ref_uri} must be the
 *       issuer's URL without scheme, as on pypi.org.</li>
 *   <li><b>Pending publishers</b> (a project created on first publish) use the same specs
 *       and matching. {@link dev.larder.trust.publishers.PublisherSpec#configurationKey()}
 *       gives the identity pypi.org's unique constraints use: one configuration cannot be
 *       pending for two project names, and reifying a pending publisher reuses an existing
 *       publisher with the same key. Like pypi.org's, the key leaves pinned ids out.</li>
 *   <li><b>Registration</b> refuses unknown fields, default Google service accounts and
 *       generic rules that accept everything or use per-token claims; it does not accept
 *       pinned ids.</li>
 * </ul>
 *
 * <p>Everything public is immutable or stateless, and thread-safe.
 */
package dev.larder.trust.publishers;
