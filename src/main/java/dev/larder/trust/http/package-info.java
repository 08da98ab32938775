/**
 * The web side of trusted publishing: the JSON management API and the OIDC token exchange
 * ({@link dev.larder.trust.http.ManagementEndpoints}, {@link dev.larder.trust.http.OidcEndpoints}),
 * and the manage pages of a project's publishers and a user's pending publishers, which post the
 * same fields the JSON API takes, so {@link dev.larder.trust.ManagementFacade} checks them once.
 */
package dev.larder.trust.http;
