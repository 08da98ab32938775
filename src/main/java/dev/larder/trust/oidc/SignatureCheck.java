package dev.larder.trust.oidc;

import static dev.larder.trust.oidc.TokenText.quote;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;

/**
 * Checks a token's signature with its issuer's key: only RS256 (what every CI provider uses) and
 * ES256; the key is chosen by {@code kid} among that issuer's keys and must suit the algorithm.
 * Everything the header could add ({@code jku}, {@code jwk}, {@code x5u}) is ignored: keys never
 * come from the token itself.
 */
final class SignatureCheck {
    private static final int MIN_RSA_BITS = 2048;

    private SignatureCheck() {
    }

    static void verify(UnverifiedToken token, IssuerKeyCache keys) throws TokenRejected {
        Object alg = token.header().get("alg");
        JWSAlgorithm algorithm;
        if ("RS256".equals(alg)) {
            algorithm = JWSAlgorithm.RS256;
        } else if ("ES256".equals(alg)) {
            algorithm = JWSAlgorithm.ES256;
        } else {
            throw TokenRejected.invalidToken("the token is signed with algorithm " + quote(alg)
                    + "; only RS256 and ES256 are accepted");
        }
        if (token.header().containsKey("crit")) {
            throw TokenRejected.invalidToken("the token's header lists critical extensions (crit), which are not supported");
        }
        if (!(token.header().get("kid") instanceof String kid) || kid.isEmpty()) {
            throw TokenRejected.invalidToken("the token's header has no key id (kid); the issuer must say which of its keys signed it");
        }
        JWK key = keys.find(kid).orElseThrow(() -> unknownKey(kid, keys));
        boolean valid;
        try {
            valid = verifierFor(algorithm, kid, key).verify(new JWSHeader(algorithm), token.signingInput(), token.signature());
        } catch (JOSEException e) {
            valid = false;
        }
        if (!valid) {
            throw TokenRejected.invalidToken("the token's signature does not match the issuer's key " + quote(kid)
                    + "; was the token changed or cut off?");
        }
    }

    private static JWSVerifier verifierFor(JWSAlgorithm algorithm, String kid, JWK key) throws TokenRejected {
        if (key.getKeyUse() != null && !KeyUse.SIGNATURE.equals(key.getKeyUse())) {
            throw unsuitable(kid, "is not a signing key (use " + key.getKeyUse().identifier() + ")");
        }
        if (key.getAlgorithm() != null && !algorithm.equals(key.getAlgorithm())) {
            throw unsuitable(kid, "is for " + key.getAlgorithm().getName() + ", but the token says " + algorithm.getName());
        }
        try {
            if (algorithm.equals(JWSAlgorithm.RS256) && key instanceof RSAKey rsa) {
                if (rsa.size() < MIN_RSA_BITS) {
                    throw unsuitable(kid, "is a " + rsa.size() + "-bit RSA key, shorter than " + MIN_RSA_BITS);
                }
                return new RSASSAVerifier(rsa);
            }
            if (algorithm.equals(JWSAlgorithm.ES256) && key instanceof ECKey ec && Curve.P_256.equals(ec.getCurve())) {
                return new ECDSAVerifier(ec);
            }
        } catch (JOSEException e) {
            throw unsuitable(kid, "cannot be used: " + e.getMessage());
        }
        throw unsuitable(kid, "is an " + key.getKeyType() + " key, which cannot check " + algorithm.getName() + " signatures");
    }

    private static TokenRejected unknownKey(String kid, IssuerKeyCache keys) {
        // The reason itself goes to the operator's log only: it may name internal hosts or files.
        String why = keys.lastFailure().isPresent()
                ? " (Larder could not fetch the issuer's keys just now; try again in a minute)" : "";
        return TokenRejected.invalidToken("the token's key id " + quote(kid) + " is not among the issuer's published keys" + why);
    }

    private static TokenRejected unsuitable(String kid, String problem) {
        return TokenRejected.invalidToken("the issuer's key " + quote(kid) + " " + problem);
    }
}
