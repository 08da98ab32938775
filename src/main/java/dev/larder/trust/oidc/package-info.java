/**
 * Verifying the OIDC identity tokens that CI jobs exchange for upload tokens (trusted publishing).
 *
 * <p>{@link dev.larder.trust.oidc.OidcTokenVerifier} takes a compact JWT and either returns a
 * {@link dev.larder.trust.oidc.VerifiedToken} or throws {@link dev.larder.trust.oidc.TokenRejected}
 * with pypi.org's error code ({@code invalid-payload} before the issuer is known,
 * {@code invalid-token} after) and a description that says what to fix. The checks follow what
 * pypi.org does with PyJWT (RS256, a strict single-string audience, 30 s of leeway), plus ES256.
 *
 * <p>Issuers come only from the {@link dev.larder.trust.oidc.IssuerRegistry}: the built-in public
 * ones and those in the configuration. A token's {@code iss} selects one by exact string match,
 * and its keys come from that issuer's discovery document or a pinned JWKS file, never from a URL
 * in the token. Keys are cached per issuer and refreshed only when an unknown key id shows up, at
 * most once a minute; if the issuer is unreachable the keys already known keep working.
 *
 * <p>This package knows nothing of HTTP endpoints, databases or publishers: matching the claims
 * to a project's trusted publisher happens elsewhere, on the {@code VerifiedToken}.
 */
package dev.larder.trust.oidc;
