/**
 * Trusted publishing: which CI identities may publish which projects, the exchange of a CI job's
 * OIDC token for a short-lived upload token ({@code /_/oidc/mint-token}), pending publishers that
 * create their project on first use, and the per-project log of exchange attempts.
 * {@code oidc} verifies tokens; {@code publishers} decides whether claims match a publisher.
 */
package dev.larder.trust;
