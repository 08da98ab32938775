package dev.larder.trust.publishers;

import dev.larder.trust.oidc.IssuerType;
/**
 * A trusted publisher as its owner configured it: which CI workload may publish a project.
 *
 * <p>One immutable record per provider. Records check only that required parts are present;
 * {@link PublisherForm} turns user input into records and explains what is wrong with it, and
 * {@link PublisherMatcher} decides whether a verified token's claims match one.
 * {@link PublisherJson} stores and loads them.
 */
public sealed interface PublisherSpec
        permits GitHubPublisher, GitLabPublisher, GooglePublisher, ActiveStatePublisher, ForgejoPublisher,
                OidcRulePublisher {

    /** The kind of issuer whose tokens this publisher accepts. */
    IssuerType kind();

    /** One line for people, e.g. {@code GitHub myorg/myproject, workflow release.yml, environment release}. */
    String describe();

    /**
     * A canonical text for "the same configuration": two specs with equal keys accept exactly
     * the same tokens, apart from pinned ids, which the key leaves out. Names compared
     * case-insensitively are folded. Use it for uniqueness checks, e.g. that one configuration
     * is not pending for two project names at once, or to find an existing publisher when a
     * pending one is turned into a real one.
     */
    String configurationKey();
}
