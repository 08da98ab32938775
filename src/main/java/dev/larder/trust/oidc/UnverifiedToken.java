package dev.larder.trust.oidc;

import com.nimbusds.jose.util.Base64URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * A compact JWS split into its parts and decoded, nothing checked yet: the first step of pypi.org's
 * mint pipeline, which reads {@code iss} before it knows which keys to verify with.
 *
 * @param signingInput the bytes the signature covers: the first two parts as sent, with their dot
 */
record UnverifiedToken(Map<String, Object> header, Map<String, Object> claims, byte[] signingInput,
                       Base64URL signature, String issuer) {
    /** Far above any real CI token (GitHub's are about 1-2 KiB); longer input is not worth decoding. */
    static final int MAX_LENGTH = 64 * 1024;

    private static final Base64.Decoder BASE64URL = Base64.getUrlDecoder();

    /** @throws TokenRejected {@code invalid-payload}, "malformed JWT", as pypi.org says for all of these */
    static UnverifiedToken parse(String jwt) throws TokenRejected {
        if (jwt == null || jwt.length() > MAX_LENGTH) {
            throw malformed();
        }
        int first = jwt.indexOf('.');
        int second = first < 0 ? -1 : jwt.indexOf('.', first + 1);
        if (second < 0 || jwt.indexOf('.', second + 1) >= 0) {
            throw malformed();
        }
        Map<String, Object> header = jsonObject(jwt.substring(0, first)).orElseThrow(UnverifiedToken::malformed);
        Map<String, Object> claims = jsonObject(jwt.substring(first + 1, second)).orElseThrow(UnverifiedToken::malformed);
        String signature = jwt.substring(second + 1);
        decode(signature).orElseThrow(UnverifiedToken::malformed);
        if (!(claims.get("iss") instanceof String issuer)) {
            throw malformed();
        }
        byte[] signingInput = jwt.substring(0, second).getBytes(StandardCharsets.US_ASCII);
        return new UnverifiedToken(header, claims, signingInput, new Base64URL(signature), issuer);
    }

    private static Optional<Map<String, Object>> jsonObject(String part) {
        return decode(part).flatMap(JsonValues::object);
    }

    private static Optional<byte[]> decode(String part) {
        try {
            return Optional.of(BASE64URL.decode(part));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static TokenRejected malformed() {
        return TokenRejected.invalidPayload("malformed JWT");
    }
}
