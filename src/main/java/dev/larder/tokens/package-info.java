/**
 * API tokens: PyPI-compatible {@code pypi-} macaroons that act for a user, optionally limited to
 * named projects and a lifetime. The secret root key of each token lives in its database row, so
 * deleting the row revokes the token. The macaroon library sits behind {@link dev.larder.tokens.ApiTokenCodec}.
 */
package dev.larder.tokens;
