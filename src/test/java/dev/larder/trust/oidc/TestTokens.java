package dev.larder.trust.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.json.JsonMapper;

/** Keys and hand-assembled tokens, including ones no honest issuer would make. */
final class TestTokens {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private TestTokens() {
    }

    static RSAKey rsaKey(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static ECKey ecKey(String kid) {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The claims of a good token: issued now, valid for 5 minutes. */
    static Map<String, Object> claims(String iss, String aud, long now) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", iss);
        claims.put("aud", aud);
        claims.put("sub", "repo:octo/demo:ref:refs/heads/main");
        claims.put("jti", "jti-" + now);
        claims.put("iat", now);
        claims.put("nbf", now - 5);
        claims.put("exp", now + 300);
        return claims;
    }

    static Map<String, Object> header(String alg, String kid) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", alg);
        header.put("typ", "JWT");
        if (kid != null) {
            header.put("kid", kid);
        }
        return header;
    }

    /** Signed with the key's algorithm (RS256 or ES256), its kid in the header. */
    static String signed(JWK key, Map<String, Object> claims) {
        String alg = key instanceof RSAKey ? "RS256" : "ES256";
        return signed(key, header(alg, key.getKeyID()), claims);
    }

    /** Signed with {@code key} under whatever header the test wants. */
    static String signed(JWK key, Map<String, Object> header, Map<String, Object> claims) {
        return signedText(key, encode(header) + "." + encode(claims));
    }

    /** {@code signingInput} (header and payload, encoded by the test) with the key's signature appended. */
    static String signedText(JWK key, String signingInput) {
        byte[] bytes = signingInput.getBytes(StandardCharsets.US_ASCII);
        try {
            var signature = key instanceof RSAKey rsa
                    ? new RSASSASigner(rsa).sign(new JWSHeader(JWSAlgorithm.RS256), bytes)
                    : new ECDSASigner((ECKey) key).sign(new JWSHeader(JWSAlgorithm.ES256), bytes);
            return signingInput + "." + signature;
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An HMAC-SHA256 signature keyed with {@code secret}: the classic "HS256 with the public key" attack. */
    static String hmacSigned(byte[] secret, Map<String, Object> header, Map<String, Object> claims) {
        String input = encode(header) + "." + encode(claims);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return input + "." + B64.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Header and payload with an empty signature, as {@code alg: none} tokens are. */
    static String unsigned(Map<String, Object> header, Map<String, Object> claims) {
        return encode(header) + "." + encode(claims) + ".";
    }

    static String encode(Object json) {
        return B64.encodeToString(JSON.writeValueAsBytes(json));
    }

    static String encodeText(String text) {
        return B64.encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
