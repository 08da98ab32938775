package dev.larder.trust.oidc;

import com.nimbusds.jose.jwk.JWKSet;

/** Where one issuer's signing keys come from: its discovery document, or a pinned file. */
interface KeySetLoader {
    /**
     * The issuer's current keys.
     *
     * @throws KeySetUnavailable when they cannot be had now, including an empty key set: the keys
     *                           already cached are then kept
     */
    JWKSet load() throws KeySetUnavailable;
}
