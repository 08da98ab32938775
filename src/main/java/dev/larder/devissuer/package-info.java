/**
 * A local OIDC issuer for trying trusted publishing without a CI provider, and for Larder's own
 * end-to-end tests ({@code ./larder dev-issuer}).
 *
 * <p>{@link dev.larder.devissuer.DevIssuer} serves a discovery document and JWKS like a real issuer,
 * and hands out RS256 tokens through GitHub Actions' token-request protocol
 * ({@code GET /token?audience=X} with {@code Authorization: bearer SECRET}), so unmodified clients
 * (uv, the {@code id} library, gh-action-pypi-publish's scripts) can fetch a token from it. The
 * claims are GitHub-shaped, or GitLab-shaped for clients that read the token from an environment
 * variable; any claim can be overridden per request to make tokens for negative tests.
 *
 * <p>It listens on loopback only: Larder accepts plain-http issuers nowhere else, and the bearer
 * secret is the only thing standing between a local process and a token.
 */
package dev.larder.devissuer;
